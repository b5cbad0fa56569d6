package org.confederatio.rules.api.money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rounds exact amounts in cents to whole cents that sum to a given total (A8, C5): floor every
 * amount, then give the leftover cents one each to the largest fractional parts, ties to the
 * smaller key.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  public static <K extends Comparable<K>> Map<K, BigInteger> apportion(
      Map<K, Fraction> exactCents, BigInteger total) {
    Map<K, BigInteger> cents = new LinkedHashMap<>();
    BigInteger floors = BigInteger.ZERO;
    for (Map.Entry<K, Fraction> e : exactCents.entrySet()) {
      BigInteger floor = e.getValue().floor();
      cents.put(e.getKey(), floor);
      floors = floors.add(floor);
    }
    int leftover = total.subtract(floors).intValueExact();
    if (leftover < 0 || leftover > exactCents.size()) {
      throw new ArithmeticException("the amounts do not sum to " + total + " cents up to rounding");
    }
    List<K> order = new ArrayList<>(exactCents.keySet());
    order.sort(
        Comparator.<K, Fraction>comparing(k -> exactCents.get(k).fractionalPart())
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int i = 0; i < leftover; i++) {
      cents.merge(order.get(i), BigInteger.ONE, BigInteger::add);
    }
    return cents;
  }
}
