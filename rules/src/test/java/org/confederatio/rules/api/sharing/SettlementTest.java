package org.confederatio.rules.api.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SettlementTest {

  private static final Body EQUALIZATION =
      new Body(
          OrganizationId.of("solidarity-fund"),
          BigDecimal.ZERO,
          new BigDecimal("0.5"),
          DisbursementRule.EQUALIZATION,
          new BigDecimal("86.5"));

  private static Member member(String canton, String rate, String tax, long residents) {
    return new Member(CantonCode.of(canton), new BigDecimal(rate), Money.parse(tax), residents);
  }

  private static Map<String, String> received(Settlement settlement) {
    Map<String, String> received = new TreeMap<>();
    settlement.lines().forEach(l -> received.put(l.canton().value(), l.received().toString()));
    return received;
  }

  @Test
  @DisplayName("C4, C5 — the worked example: Y 133,333.33, Z 166,666.67, X 0")
  void workedExample() {
    // rates of zero: the pot of 300,000 comes from allocation runs alone (C3)
    var settlement =
        Settlement.of(
            EQUALIZATION,
            List.of(
                member("XX", "0", "1000000.00", 1000),
                member("YY", "0", "400000.00", 1000),
                member("ZZ", "0", "100000.00", 500)),
            Money.parse("300000.00"));

    assertEquals(Map.of("XX", "0.00", "YY", "133333.33", "ZZ", "166666.67"), received(settlement));
    assertEquals(Money.parse("300000.00"), settlement.pot());
  }

  @Test
  @DisplayName(
      "C2, C3 — each contribution is rate x T rounded half-even; the pot adds what allocation runs sent")
  void c2c3Contributions() {
    var settlement =
        Settlement.of(
            EQUALIZATION,
            List.of(member("XX", "0.015", "1000.50", 10), member("YY", "0.01", "333.35", 10)),
            Money.parse("1.00"));

    // 15.0075 -> 15.01 ; 3.3335 -> 3.33 (half-even at the cent)
    assertEquals("15.01", settlement.lines().get(0).contribution().toString());
    assertEquals("3.33", settlement.lines().get(1).contribution().toString());
    assertEquals(Money.parse("19.34"), settlement.pot());
  }

  @Test
  @DisplayName("C1 — a rate outside the body's range is refused")
  void c1RateOutsideTheRange() {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Settlement.of(
                    EQUALIZATION, List.of(member("XX", "0.6", "1000.00", 10)), Money.ZERO));
    assertTrue(error.getMessage().startsWith("C1:"), error.getMessage());
  }

  @Test
  @DisplayName("C4 — a member with no residents is refused with a clear message")
  void noResidents() {
    var error =
        assertThrows(IllegalArgumentException.class, () -> member("XX", "0.1", "1000.00", 0));
    assertTrue(error.getMessage().contains("has no residents"), error.getMessage());
  }

  @Test
  @DisplayName("C4 — a body with one member gives it the whole pot")
  void oneMember() {
    var settlement =
        Settlement.of(EQUALIZATION, List.of(member("XX", "0.1", "1234.56", 7)), Money.ZERO);

    assertEquals(Map.of("XX", "123.46"), received(settlement));
    assertTrue(settlement.everyMemberReachedTarget());
  }

  @Test
  @DisplayName(
      "C4 — a pot larger than needed raises everyone to the richest and shares the rest per capita")
  void potLargerThanNeeded() {
    // X: q 1,000; Y: q 400. Raising Y to 1,000 costs 600,000; the other 300,000 goes 1:1 per capita
    var settlement =
        Settlement.of(
            EQUALIZATION,
            List.of(member("XX", "0", "1000000.00", 1000), member("YY", "0", "400000.00", 1000)),
            Money.parse("900000.00"));

    assertEquals(Map.of("XX", "150000.00", "YY", "750000.00"), received(settlement));
  }

  @Test
  @DisplayName("C4 — EQUAL_PER_CAPITA shares the pot in proportion to residents")
  void equalPerCapita() {
    Body body =
        new Body(
            OrganizationId.of("transit-fund"),
            BigDecimal.ZERO,
            BigDecimal.ONE,
            DisbursementRule.EQUAL_PER_CAPITA,
            null);
    var settlement =
        Settlement.of(
            body,
            List.of(member("XX", "0", "10.00", 1), member("YY", "0", "10.00", 2)),
            Money.parse("1.00"));

    assertEquals(Map.of("XX", "0.33", "YY", "0.67"), received(settlement));
  }

  @Test
  @DisplayName(
      "C4, C5 — over 1000 random bodies: disbursements sum to the pot and never invert the members' order")
  void propertiesOverRandomBodies() {
    for (long seed = 0; seed < 1000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      List<Member> members = new ArrayList<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        members.add(
            new Member(
                CantonCode.of("C" + (char) ('A' + i)),
                new BigDecimal("0.0" + random.nextInt(10)),
                Money.ofCents(random.nextLong(100_000_000_000L)),
                1 + random.nextInt(1_000_000)));
      }
      Body body =
          random.nextBoolean()
              ? EQUALIZATION
              : new Body(
                  OrganizationId.of("transit-fund"),
                  BigDecimal.ZERO,
                  BigDecimal.ONE,
                  DisbursementRule.EQUAL_PER_CAPITA,
                  null);
      Settlement settlement =
          Settlement.of(body, members, Money.ofCents(random.nextLong(1_000_000_000L)));

      long sum = settlement.lines().stream().mapToLong(l -> l.received().cents()).sum();
      assertEquals(settlement.pot().cents(), sum, "seed " + seed);
      if (body.rule() == DisbursementRule.EQUALIZATION) {
        List<Settlement.Line> byBefore = new ArrayList<>(settlement.lines());
        byBefore.sort(Comparator.comparing(Settlement.Line::perCapita));
        for (int i = 1; i < byBefore.size(); i++) {
          Settlement.Line poorer = byBefore.get(i - 1);
          Settlement.Line richer = byBefore.get(i);
          BigDecimal poorerAfter = after(poorer);
          BigDecimal richerAfter = after(richer);
          // a cent of rounding per member is the only way two raised to the same level can differ
          assertTrue(
              poorerAfter.compareTo(richerAfter.add(new BigDecimal("0.01"))) <= 0,
              "seed " + seed + ": " + poorer + " ended above " + richer);
        }
      }
    }
  }

  private static BigDecimal after(Settlement.Line line) {
    return line.tax()
        .toDecimal()
        .add(line.received().toDecimal())
        .divide(BigDecimal.valueOf(line.residents()), 6, java.math.RoundingMode.HALF_EVEN);
  }
}
