package org.confederatio.rules.api.allocation;

/** A5 — what happens to the undesignated amount {@code U}. */
public enum UndesignatedTreatment {
  /** the canton keeps it */
  RETAIN,
  /**
   * it follows the expressed choices, canton included; renouncing organizations' part goes to the
   * canton
   */
  PROPORTIONAL,
  /** it goes to the policy's named confederal fund */
  FUND
}
