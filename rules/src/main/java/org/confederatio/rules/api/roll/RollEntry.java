package org.confederatio.rules.api.roll;

import java.time.LocalDate;

/**
 * R5 — one person's outcome on a roll, with its date: for {@code ELIGIBLE} the day they became
 * eligible; for {@code UNDER_AGE} and {@code RESIDENCE_TOO_SHORT} the day they will be, if they
 * stay; for {@code NOT_RESIDENT} the day since which they have not lived in the canton; for {@code
 * DECEASED} the day of death.
 */
public record RollEntry(String personId, Reason reason, LocalDate date) {

  public boolean onRoll() {
    return reason == Reason.ELIGIBLE;
  }
}
