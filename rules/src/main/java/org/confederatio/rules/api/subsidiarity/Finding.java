package org.confederatio.rules.api.subsidiarity;

import java.util.Optional;

/**
 * S5 — one finding: the function, the facts that triggered it (as a kind with its values, from
 * which what would resolve it follows), and (S4) whether a current justification covers it.
 */
public record Finding(
    String function, String functionName, Facts facts, Optional<Justification> justification) {

  /** Where a finding stands. */
  public enum Status {
    OPEN,
    JUSTIFIED
  }

  public FindingKind kind() {
    return facts.kind();
  }

  public String rule() {
    return kind().rule;
  }

  public Status status() {
    return justification.isPresent() ? Status.JUSTIFIED : Status.OPEN;
  }

  Finding justifiedBy(Justification j) {
    return new Finding(function, functionName, facts, Optional.of(j));
  }
}
