package org.confederatio.rules.api.roll;

/** R5 — the outcome for a person the roll considered. */
public enum Reason {
  /** on the roll */
  ELIGIBLE,
  /** resident, but younger than the voting age; the entry says when they reach it */
  UNDER_AGE,
  /** resident, but not yet for the minimum period; the entry says when they will have been */
  RESIDENCE_TOO_SHORT,
  /** not living in the canton on the date; the entry says since when */
  NOT_RESIDENT,
  /** died on or before the date */
  DECEASED
}
