package org.confederatio.rules.subsidiarity;

import java.time.LocalDate;

/** S4 — a recorded reason to keep a function where it is, by whom and until when (inclusive). */
public record Justification(
    String function, FindingKind kind, String reason, String by, LocalDate until) {

  public boolean currentOn(LocalDate day) {
    return !day.isAfter(until);
  }
}
