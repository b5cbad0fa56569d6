package org.confederatio.rules.api.subsidiarity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * S4 — a recorded reason to keep a function where it is, by whom, until when (inclusive) and when
 * it was recorded: of several justifications of one finding the latest recorded counts.
 */
public record Justification(
    String function,
    FindingKind kind,
    String reason,
    String by,
    LocalDate until,
    Instant recordedAt) {

  public boolean currentOn(LocalDate day) {
    return !day.isAfter(until);
  }
}
