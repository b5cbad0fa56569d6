package org.confederatio.rules.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/** A whole number of cents, never negative. Files show it in currency units ({@code 1234.56}). */
public record Money(long cents) implements Comparable<Money> {

  public static final Money ZERO = new Money(0);

  /**
   * The largest total the engine supports: 10^15 cents (ten trillion in currency units). Sums of
   * tax times basis points then stay below 2^64, which the aggregation relies on.
   */
  public static final long MAX_TOTAL_CENTS = 1_000_000_000_000_000L;

  public Money {
    if (cents < 0) {
      throw new IllegalArgumentException("an amount is never negative, not " + cents + " cents");
    }
  }

  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  /**
   * Parses a decimal in currency units with at most two decimals, e.g. {@code 1234.56} or {@code
   * 7}.
   */
  public static Money parse(String text) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException | NullPointerException e) {
      throw new IllegalArgumentException("'" + text + "' is not a decimal amount such as 1234.56");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("'" + text + "' is negative");
    }
    if (value.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("'" + text + "' has more than two decimals");
    }
    BigInteger cents = value.movePointRight(2).toBigIntegerExact();
    if (cents.compareTo(BigInteger.valueOf(MAX_TOTAL_CENTS)) > 0) {
      throw new IllegalArgumentException("'" + text + "' exceeds the largest supported amount");
    }
    return new Money(cents.longValueExact());
  }

  public Fraction toFraction() {
    return Fraction.of(cents);
  }

  public BigDecimal toDecimal() {
    return BigDecimal.valueOf(cents, 2);
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(cents, other.cents);
  }

  @Override
  public String toString() {
    return toDecimal().toPlainString();
  }
}
