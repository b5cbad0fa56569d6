package org.confederatio.rules.api.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A canton's policy is a list of dated versions; the engine uses the one in force for the year. */
class CantonPolicyTest {

  private static final CantonCode ZH = CantonCode.of("ZH");

  private static PolicyVersion version(int validFrom, String rate) {
    return new PolicyVersion(
        validFrom,
        new BigDecimal(rate),
        Weighting.BY_AMOUNT,
        UndesignatedTreatment.RETAIN,
        Optional.empty(),
        new TreeSet<>(),
        Optional.empty(),
        Money.ZERO,
        1,
        MonthDay.of(6, 30));
  }

  private final CantonPolicy policy =
      new CantonPolicy(ZH, List.of(version(2028, "0.01"), version(2024, "0.007")));

  @Test
  @DisplayName("The newest version whose validFrom is not after the fiscal year is in force")
  void versionInForce() {
    assertEquals(new BigDecimal("0.007"), policy.inForce(2024).orElseThrow().designableRate());
    assertEquals(new BigDecimal("0.007"), policy.inForce(2027).orElseThrow().designableRate());
    assertEquals(new BigDecimal("0.01"), policy.inForce(2028).orElseThrow().designableRate());
    assertTrue(policy.inForce(2023).isEmpty());
  }

  @Test
  @DisplayName("Applied to a year, a version names itself and dates the deadline in that year")
  void forYear() {
    AllocationPolicy applied =
        policy.inForce(2027).orElseThrow().forYear(ZH, 2027, new TreeSet<>(PolicyBuilder.ids("a")));

    assertEquals("ZH from 2024", applied.version());
    assertEquals(LocalDate.of(2027, 6, 30), applied.deadline());
    assertEquals(2027, applied.year());
  }

  @Test
  void twoVersionsTakingEffectTheSameYearAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new CantonPolicy(ZH, List.of(version(2024, "0.01"), version(2024, "0.02"))));
  }
}
