package org.confederatio.rules.api.subsidiarity;

import java.util.Optional;

/**
 * S5 — one finding: its kind and rule, the function, the facts that triggered it, what would
 * resolve it, and (S4) whether a current justification covers it.
 */
public record Finding(
    FindingKind kind,
    String function,
    String functionName,
    String facts,
    String resolution,
    Optional<Justification> justification) {

  /** Where a finding stands. */
  public enum Status {
    OPEN,
    JUSTIFIED
  }

  public String rule() {
    return kind.rule;
  }

  public Status status() {
    return justification.isPresent() ? Status.JUSTIFIED : Status.OPEN;
  }
}
