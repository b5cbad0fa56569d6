package org.confederatio.rules.api.canton;

import java.io.Serializable;

/**
 * A fiscal year: four digits, {@value #FIRST} to {@value #LAST}. The range is the one check every
 * year passes wherever it comes from; whether a year must have begun (imports, runs, settlements)
 * or lie ahead (a policy version, a membership) depends on the clock and is the caller's.
 */
public record FiscalYear(int value) implements Comparable<FiscalYear>, Serializable {

  public static final int FIRST = 1900;
  public static final int LAST = 9999;

  public FiscalYear {
    if (value < FIRST || value > LAST) {
      throw new IllegalArgumentException(
          "a fiscal year has four digits, " + FIRST + " to " + LAST + ", not " + value);
    }
  }

  public static FiscalYear of(int value) {
    return new FiscalYear(value);
  }

  public FiscalYear next() {
    return new FiscalYear(value + 1);
  }

  public FiscalYear previous() {
    return new FiscalYear(value - 1);
  }

  public boolean isAfter(FiscalYear other) {
    return value > other.value;
  }

  public boolean isBefore(FiscalYear other) {
    return value < other.value;
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
