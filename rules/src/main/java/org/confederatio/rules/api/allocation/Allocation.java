package org.confederatio.rules.api.allocation;

import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.money.Money;

/**
 * The result of an allocation: the rounded pot and one line per recipient, reconciling to the cent.
 */
public record Allocation(Aggregates aggregates, Money pot, List<Line> lines) {

  public Allocation {
    long sum = lines.stream().mapToLong(l -> l.amount().cents()).sum();
    if (sum != pot.cents()) {
      throw new IllegalStateException(
          "A8 broken: lines sum to " + sum + " cents, the pot is " + pot.cents());
    }
  }

  /** The dated policy version the allocation used (A10). */
  public String policyVersion() {
    return aggregates.policy().version();
  }

  public Optional<Line> line(Recipient recipient) {
    return lines.stream().filter(l -> l.recipient().equals(recipient)).findFirst();
  }
}
