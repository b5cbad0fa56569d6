package org.confederatio.rules.api.allocation;

import static org.confederatio.rules.api.allocation.PolicyBuilder.policy;
import static org.confederatio.rules.api.allocation.TestCanton.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.confederatio.rules.api.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The corners: empty cantons, zero tax, everyone or no one designating, the largest totals. */
class AllocationEdgeCasesTest {

  @Test
  @DisplayName("A1, A8 — no taxpayers: a zero pot, all of it (nothing) to the canton")
  void noTaxpayers() {
    for (Weighting weighting : Weighting.values()) {
      var allocation =
          TestCanton.of(
                  policy().weighting(weighting).undesignated(UndesignatedTreatment.PROPORTIONAL))
              .allocate();

      assertEquals("0.00", allocation.pot().toString());
      assertEquals(1, allocation.lines().size());
      assertEquals("0.00", amount(allocation, "canton"));
    }
  }

  @Test
  @DisplayName("A3 — all tax zero: nothing to share, even by headcount")
  void allTaxZero() {
    var allocation =
        TestCanton.of(policy().weighting(Weighting.BY_HEADCOUNT))
            .taxpayer("x", "0.00", "a", 10000)
            .taxpayer("y", "0.00", "b", 10000)
            .allocate();

    assertEquals("0.00", allocation.pot().toString());
    assertEquals("0.00", amount(allocation, "a"));
    assertEquals("0.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName(
      "A5 — nobody designates: the canton keeps the whole pot under every treatment but FUND")
  void nobodyDesignates() {
    var proportional =
        TestCanton.of(policy().undesignated(UndesignatedTreatment.PROPORTIONAL))
            .taxpayers(3, "100.00")
            .allocate();
    var fund = TestCanton.of(policy().fund("solidarity")).taxpayers(3, "100.00").allocate();

    assertEquals("3.00", amount(proportional, "canton"));
    assertEquals("3.00", amount(fund, "solidarity"));
  }

  @Test
  @DisplayName("A5 — everybody designates: U is zero and nothing is redistributed")
  void everybodyDesignates() {
    var allocation =
        TestCanton.of(policy().undesignated(UndesignatedTreatment.PROPORTIONAL))
            .taxpayer("x", "100.00", "a", 10000)
            .taxpayer("y", "300.00", "b", 10000)
            .allocate();

    assertEquals("1.00", amount(allocation, "a"));
    assertEquals("3.00", amount(allocation, "b"));
    assertEquals("0.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A5 — every organization renounces: all of U goes to the canton")
  void everyOrganizationRenounces() {
    var allocation =
        TestCanton.of(
                policy().undesignated(UndesignatedTreatment.PROPORTIONAL).renouncing("a", "b"))
            .taxpayer("x", "100.00", "a", 10000)
            .taxpayer("y", "100.00", "b", 10000)
            .taxpayer("z", "200.00")
            .allocate();

    assertEquals("1.00", amount(allocation, "a"));
    assertEquals("1.00", amount(allocation, "b"));
    assertEquals("2.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A8 — a pot of less than one cent per recipient still reconciles")
  void lessThanACentPerRecipient() {
    var allocation =
        TestCanton.of(policy().rate("0.01").weighting(Weighting.BY_HEADCOUNT))
            .taxpayer("w", "1.00", "a", 10000)
            .taxpayer("x", "1.00", "b", 10000)
            .taxpayer("y", "1.00", "r", 10000)
            .taxpayer("z", "0.00", "canton", 10000)
            .allocate(); // a pot of 3 cents, 0.75 of a cent to each of four recipients

    assertEquals("0.03", allocation.pot().toString());
    assertEquals("0.01", amount(allocation, "a"));
    assertEquals("0.01", amount(allocation, "b"));
    assertEquals("0.01", amount(allocation, "canton")); // equal remainders: the three smallest ids
    assertEquals("0.00", amount(allocation, "r"));
  }

  @Test
  @DisplayName("A1-A8 — 10^15 cents of tax, split, without overflow")
  void largestSupportedTotals() {
    var canton =
        TestCanton.of(policy().rate("0.10"))
            .taxpayer("giant", "9999999999999.99", "a", 3333, "b", 3333, "r", 3334)
            .taxpayer("rest", "0.01", "canton", 10000);

    var allocation = canton.allocate();

    assertEquals(new BigDecimal("1000000000000.000"), canton.aggregate().pot().setScale(3));
    assertEquals("1000000000000.00", allocation.pot().toString());
    // a, b and r each end in .9666... cents and take the three leftover cents
    assertEquals("333300000000.00", amount(allocation, "a"));
    assertEquals("333400000000.00", amount(allocation, "r"));
  }

  @Test
  @DisplayName("A1 — a total above 10^15 cents is refused, not wrapped around")
  void aboveTheLargestTotal() {
    var canton = TestCanton.of(policy()).taxpayer("x", "10000000000000.00").taxpayer("y", "0.01");

    assertThrows(ArithmeticException.class, canton::aggregate);
    assertEquals(Money.MAX_TOTAL_CENTS, Money.parse("10000000000000.00").cents());
  }
}
