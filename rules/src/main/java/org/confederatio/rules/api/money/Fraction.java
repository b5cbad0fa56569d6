package org.confederatio.rules.api.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact rational number of cents, always in lowest terms with a positive denominator. Used for
 * every amount between the inputs and the final rounding of rule A8.
 */
public final class Fraction implements Comparable<Fraction> {

  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  public static Fraction of(long value) {
    return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
  }

  public static Fraction of(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
    return new Fraction(numerator, numerator.signum() == 0 ? BigInteger.ONE : denominator);
  }

  /** An exact decimal as a fraction (a rate, a number of choices). */
  public static Fraction ofDecimal(BigDecimal value) {
    return value.scale() <= 0
        ? of(value.toBigIntegerExact(), BigInteger.ONE)
        : of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
  }

  /** An exact decimal in currency units as a number of cents. */
  public static Fraction ofUnits(BigDecimal units) {
    BigDecimal cents = units.movePointRight(2);
    return cents.scale() <= 0
        ? of(cents.toBigIntegerExact(), BigInteger.ONE)
        : of(cents.unscaledValue(), BigInteger.TEN.pow(cents.scale()));
  }

  public Fraction plus(Fraction other) {
    return of(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Fraction minus(Fraction other) {
    return plus(other.negate());
  }

  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  public Fraction times(Fraction other) {
    return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  public Fraction dividedBy(Fraction other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  public int signum() {
    return numerator.signum();
  }

  /** The whole cents below this amount (floor). */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** What is left above the floor, in [0, 1). */
  public Fraction fractionalPart() {
    return minus(of(floor(), BigInteger.ONE));
  }

  /** Rounded to whole cents, half to even (the rounding of the pot in rule A8). */
  public BigInteger roundHalfEven() {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_EVEN)
        .toBigIntegerExact();
  }

  /** True when this is a whole number of cents divided by a power of ten, so a finite decimal. */
  public boolean isFiniteDecimal() {
    BigInteger d = denominator;
    for (BigInteger p : new BigInteger[] {BigInteger.TWO, BigInteger.valueOf(5)}) {
      while (d.mod(p).signum() == 0) {
        d = d.divide(p);
      }
    }
    return d.equals(BigInteger.ONE);
  }

  /** In currency units, exactly; only for finite decimals. */
  public BigDecimal toExactUnits() {
    if (!isFiniteDecimal()) {
      throw new ArithmeticException(this + " is not a finite decimal");
    }
    return withAtLeastTwoDecimals(
        new BigDecimal(numerator).divide(new BigDecimal(denominator)).movePointLeft(2));
  }

  /**
   * In currency units, rounded half-even to {@code decimals} places: for explanations, not for
   * sums.
   */
  public BigDecimal toUnits(int decimals) {
    return new BigDecimal(numerator)
        .movePointLeft(2)
        .divide(new BigDecimal(denominator), decimals, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal withAtLeastTwoDecimals(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
  }

  public BigInteger numerator() {
    return numerator;
  }

  public BigInteger denominator() {
    return denominator;
  }

  @Override
  public int compareTo(Fraction other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction f
        && numerator.equals(f.numerator)
        && denominator.equals(f.denominator);
  }

  @Override
  public int hashCode() {
    return numerator.hashCode() * 31 + denominator.hashCode();
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator + "c"
        : numerator + "/" + denominator + "c";
  }
}
