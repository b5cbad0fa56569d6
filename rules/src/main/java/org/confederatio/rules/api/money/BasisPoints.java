package org.confederatio.rules.api.money;

/**
 * A share in basis points: 0 to {@value #WHOLE}, where {@value #WHOLE} bp is 100 %. Designation
 * shares (A2), policy percentages and rates travel as this type, so no share is ever a float.
 */
public record BasisPoints(int value) implements Comparable<BasisPoints> {

  /** 100 %. */
  public static final int WHOLE = 10_000;

  public BasisPoints {
    if (value < 0 || value > WHOLE) {
      throw new IllegalArgumentException(
          "a share is 0 to " + WHOLE + " basis points (0 to 100 %), not " + value);
    }
  }

  public static BasisPoints of(int value) {
    return new BasisPoints(value);
  }

  @Override
  public int compareTo(BasisPoints other) {
    return Integer.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Integer.toString(value);
  }
}
