package org.confederatio.rules.api.allocation;

import org.confederatio.rules.api.money.Fraction;
import org.confederatio.rules.api.money.Money;

/**
 * A10 — one recipient's final amount and how it was reached. Each step is an exact amount in cents:
 * {@code expressed + undesignatedShare + renounced + capAdjustment + minimumPayoutAdjustment =
 * exact}, and {@code amount = exact + roundingAdjustment}. For an organization the cap and
 * minimum-payout steps are zero or negative; the canton's line receives what they take away, and
 * what renouncing organizations give up.
 */
public record Line(
    Recipient recipient,
    Money amount,
    long choosers,
    Fraction expressed,
    Fraction undesignatedShare,
    Fraction renounced,
    Fraction capAdjustment,
    Fraction minimumPayoutAdjustment,
    Fraction exact,
    Fraction roundingAdjustment) {}
