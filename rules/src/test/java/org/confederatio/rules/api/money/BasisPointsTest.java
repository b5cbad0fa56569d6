package org.confederatio.rules.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BasisPointsTest {

  @Test
  void wholeIsAHundredPercent() {
    assertEquals(10_000, BasisPoints.of(BasisPoints.WHOLE).value());
    assertEquals(0, BasisPoints.of(0).value());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 10_001, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void outsideZeroToAWholeIsRefused(int bp) {
    var error = assertThrows(IllegalArgumentException.class, () -> BasisPoints.of(bp));
    assertEquals("a share is 0 to 10000 basis points (0 to 100 %), not " + bp, error.getMessage());
  }
}
