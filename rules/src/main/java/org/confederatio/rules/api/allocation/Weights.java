package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.confederatio.rules.api.money.Money;

/**
 * A3 — the weight of taxpayers outside the aggregation's exact sums: what a taxpayer's designation
 * is estimated to move, and the part of the pot the undesignated carry, each to the cent.
 */
public final class Weights {

  private Weights() {}

  /**
   * A3 — a taxpayer carries {@code r x own tax} by amount, to the cent (half to even). By headcount
   * it is the estimate shown before the year closes, since the canton's average slice is unknown
   * until then.
   */
  public static Money ofTax(AllocationPolicy policy, Money tax) {
    return cents(policy.designableRate().multiply(tax.toDecimal()));
  }

  /**
   * A3 — the part of the pot {@code pot} that a group of undesignated taxpayers carries, to the
   * cent: {@code r x their tax} by amount, their number times the slice {@code D / N} by headcount
   * ({@code N} the assessed taxpayers). Designations by someone not assessed carry nothing.
   */
  public static Money carried(
      AllocationPolicy policy,
      UndesignatedReason reason,
      long taxpayers,
      Money tax,
      BigDecimal pot,
      long assessed) {
    if (reason == UndesignatedReason.NO_ASSESSMENT) {
      return Money.ZERO;
    }
    if (policy.weighting() == Weighting.BY_AMOUNT) {
      return ofTax(policy, tax);
    }
    if (assessed == 0) {
      return Money.ZERO;
    }
    return cents(
        pot.multiply(BigDecimal.valueOf(taxpayers))
            .divide(BigDecimal.valueOf(assessed), 10, RoundingMode.HALF_EVEN));
  }

  private static Money cents(BigDecimal exact) {
    return Money.ofCents(
        exact.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact());
  }
}
