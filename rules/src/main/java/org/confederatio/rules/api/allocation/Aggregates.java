package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.rules.api.money.Fraction;

/**
 * A11 — what a published allocation discloses: the policy, the exact pot, the number of taxpayers,
 * and per chosen recipient the number of choices (a split counts its share), of choosers, and with
 * {@code BY_AMOUNT} the exact expressed amount. Enough to recompute every line, and nothing about
 * any single taxpayer.
 */
public record Aggregates(
    AllocationPolicy policy,
    BigDecimal pot,
    long taxpayers,
    List<Expressed> expressed,
    Map<UndesignatedReason, Long> undesignated) {

  /** One chosen recipient's totals; amounts in currency units. */
  public record Expressed(
      Recipient recipient, BigDecimal choices, long choosers, BigDecimal amount) {

    public Optional<BigDecimal> exactAmount() {
      return Optional.ofNullable(amount);
    }
  }

  public Aggregates {
    expressed = expressed.stream().sorted(Comparator.comparing(Expressed::recipient)).toList();
    undesignated = Map.copyOf(undesignated);
    List<String> problems = problems(policy, pot, taxpayers, expressed);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
  }

  private static List<String> problems(
      AllocationPolicy policy, BigDecimal pot, long taxpayers, List<Expressed> expressed) {
    List<String> problems = new ArrayList<>();
    if (pot.signum() < 0) {
      problems.add("pot: is never negative");
    }
    if (taxpayers < 0) {
      problems.add("taxpayers: is never negative");
    }
    BigDecimal choices = BigDecimal.ZERO;
    for (Expressed e : expressed) {
      if (e.choices().signum() < 0) {
        problems.add("expressed " + e.recipient() + ": choices are never negative");
      }
      if (policy.weighting() == Weighting.BY_AMOUNT && e.amount() == null) {
        problems.add("expressed " + e.recipient() + ": BY_AMOUNT needs the exact amount");
      }
      if (e.amount() != null && e.amount().signum() < 0) {
        problems.add("expressed " + e.recipient() + ": amount is never negative");
      }
      choices = choices.add(e.choices());
    }
    if (choices.compareTo(BigDecimal.valueOf(taxpayers)) > 0) {
      problems.add("expressed: " + choices + " choices from only " + taxpayers + " taxpayers");
    }
    return problems;
  }

  /** The exact pot D in cents (A1). */
  public Fraction exactPot() {
    return Fraction.ofUnits(pot);
  }

  /** A3, A4 — a recipient's exact expressed amount in cents. */
  public Fraction expressedAmount(Expressed e) {
    if (policy.weighting() == Weighting.BY_AMOUNT) {
      return Fraction.ofUnits(e.amount());
    }
    if (taxpayers == 0) {
      return Fraction.ZERO;
    }
    return exactPot()
        .times(Fraction.ofDecimal(e.choices()))
        .dividedBy(Fraction.of(BigInteger.valueOf(taxpayers), BigInteger.ONE));
  }
}
