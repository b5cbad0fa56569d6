package org.confederatio.rules.api.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.confederatio.rules.api.notation.Notation;

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
   * Parses an amount in currency units as {@link Notation} writes decimals, with at most two
   * decimal places: {@code 1234.56} or {@code 7}. An exponent, a sign {@code +}, digits of other
   * scripts, a third decimal place or a negative amount are refused, never rounded.
   */
  public static Money parse(String text) {
    String given = text == null ? "" : text.strip();
    long plain = plainCents(given);
    if (plain >= 0) {
      return new Money(plain);
    }
    BigDecimal value;
    try {
      value = Notation.decimal(given, 2);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          given.isEmpty()
              ? "is required: an amount such as 1234.56"
              : Notation.isPlainNumber(given)
                  ? "'" + Notation.cut(given) + "' has more than two decimals"
                  : "'" + Notation.cut(given) + "' is not a decimal amount such as 1234.56");
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("'" + given + "' is negative");
    }
    if (value.movePointRight(2).toBigIntegerExact().compareTo(BigInteger.valueOf(MAX_TOTAL_CENTS))
        > 0) {
      throw new IllegalArgumentException(
          "'" + Notation.cut(given) + "' exceeds the largest supported amount");
    }
    return new Money(value.movePointRight(2).longValueExact());
  }

  /**
   * The cents of the usual form, up to 16 digits, a point and one or two decimals ({@code 1234.5},
   * {@code 1234.56}), read without a BigDecimal since files hold millions of them; -1 for any other
   * form, which {@link #parse} reads the long way, with its messages. 16 digits stay below {@link
   * #MAX_TOTAL_CENTS}.
   */
  private static long plainCents(String text) {
    int point = text.indexOf('.');
    int whole = point < 0 ? text.length() : point;
    int decimals = point < 0 ? 0 : text.length() - point - 1;
    if (whole < 1 || whole > 16 || (point >= 0 && (decimals < 1 || decimals > 2))) {
      return -1;
    }
    long cents = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i == point) {
        continue;
      }
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      cents = cents * 10 + (c - '0');
    }
    return decimals == 2 ? cents : decimals == 1 ? cents * 10 : cents * 100;
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
