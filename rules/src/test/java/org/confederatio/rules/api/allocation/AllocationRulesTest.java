package org.confederatio.rules.api.allocation;

import static org.confederatio.rules.api.allocation.PolicyBuilder.policy;
import static org.confederatio.rules.api.allocation.TestCanton.amount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.money.Fraction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One example per rule of ALLOCATION.md, named by its id. */
class AllocationRulesTest {

  @Test
  @DisplayName(
      "Worked example: A 571.43, canton 328.57, R 100.00 (by headcount, proportional, R renounces)")
  void workedExample() {
    var canton =
        TestCanton.of(
                policy()
                    .rate("0.01")
                    .weighting(Weighting.BY_HEADCOUNT)
                    .undesignated(UndesignatedTreatment.PROPORTIONAL)
                    .renouncing("r")
                    .maxRecipients(1))
            .taxpayers(4, "10000.00", "a", 10000)
            .taxpayers(2, "10000.00", "canton", 10000)
            .taxpayers(1, "10000.00", "r", 10000)
            .taxpayers(3, "10000.00");

    Allocation allocation = canton.allocate();

    assertEquals("1000.00", allocation.pot().toString());
    assertEquals("571.43", amount(allocation, "a"));
    assertEquals("328.57", amount(allocation, "canton"));
    assertEquals("100.00", amount(allocation, "r"));
    Line r = allocation.line(Recipient.of("r")).orElseThrow();
    assertEquals("42.857143", r.undesignatedShare().toUnits(6).toPlainString());
    assertEquals("-42.857143", r.renounced().toUnits(6).toPlainString());
    assertEquals("ZH from 2026", allocation.policyVersion());
  }

  @Test
  @DisplayName("A1 — the pot is r x total tax, exactly")
  void a1Pot() {
    var aggregates =
        TestCanton.of(policy().rate("0.007"))
            .taxpayer("x", "1234.57")
            .taxpayer("y", "0.01")
            .aggregate();

    assertEquals(new BigDecimal("8.64206"), aggregates.pot());
    assertEquals(
        "8.64",
        TestCanton.of(policy().rate("0.007"))
            .taxpayer("x", "1234.57")
            .taxpayer("y", "0.01")
            .allocate()
            .pot()
            .toString());
  }

  @Test
  @DisplayName("A2 — each kind of invalid designation is undesignated with its reason")
  void a2Reasons() {
    var canton = TestCanton.of(policy().maxRecipients(2).accredited("a", "b"));
    LocalDate late = LocalDate.of(2026, 7, 1);
    canton
        .taxpayer("none", "100.00")
        .taxpayer("late", "100.00", List.of(canton.designation(late, "a", 10000)))
        .taxpayer("many", "100.00", "a", 3000, "b", 3000, "canton", 4000)
        .taxpayer("unaccredited", "100.00", "z", 10000)
        .taxpayer("duplicate", "100.00", "a", 5000, "a", 5000)
        .taxpayer("short", "100.00", "a", 9999)
        .taxpayer("zero", "100.00", "a", 0, "b", 10000)
        .taxpayer("ok", "100.00", "a", 10000);

    var aggregates = canton.aggregate();

    assertEquals(UndesignatedReason.NONE, canton.undesignated.get("none"));
    assertEquals(UndesignatedReason.LATE, canton.undesignated.get("late"));
    assertEquals(UndesignatedReason.TOO_MANY_RECIPIENTS, canton.undesignated.get("many"));
    assertEquals(
        UndesignatedReason.UNACCREDITED_RECIPIENT, canton.undesignated.get("unaccredited"));
    assertEquals(UndesignatedReason.DUPLICATE_RECIPIENT, canton.undesignated.get("duplicate"));
    assertEquals(UndesignatedReason.BAD_SHARES, canton.undesignated.get("short"));
    assertEquals(UndesignatedReason.BAD_SHARES, canton.undesignated.get("zero"));
    assertNull(canton.undesignated.get("ok"));
    assertEquals(8, aggregates.taxpayers());
    assertEquals(1, aggregates.expressed().size());
  }

  @Test
  @DisplayName("A2 — the check at entry gives the same reason as the aggregation")
  void a2CheckAtEntry() {
    var canton = TestCanton.of(policy().maxRecipients(2).accredited("a", "b"));
    LocalDate onTime = LocalDate.of(2026, 6, 30);

    assertEquals(
        Optional.empty(),
        canton.designation(onTime, "a", 6000, "canton", 4000).defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.LATE),
        canton.designation(onTime.plusDays(1), "a", 10000).defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.TOO_MANY_RECIPIENTS),
        canton.designation(onTime, "a", 3000, "b", 3000, "canton", 4000).defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.UNACCREDITED_RECIPIENT),
        canton.designation(onTime, "z", 10000).defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.DUPLICATE_RECIPIENT),
        canton.designation(onTime, "a", 5000, "a", 5000).defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.BAD_SHARES),
        canton.designation(onTime, "a", 6000, "b", 3999).defect(canton.policy));
  }

  @Test
  @DisplayName("A2 — the check at entry names the share and the field at fault")
  void a2LocatesTheDefect() {
    var canton = TestCanton.of(policy().maxRecipients(3).accredited("a", "b"));
    LocalDate onTime = LocalDate.of(2026, 6, 30);
    var whole = Designation.Defect.WHOLE;

    assertEquals(
        Optional.of(
            new Designation.Defect(
                UndesignatedReason.LATE, whole, Designation.Defect.Field.MADE_ON)),
        canton.designation(onTime.plusDays(1), "a", 10000).locate(canton.policy));
    assertEquals(
        Optional.of(
            new Designation.Defect(
                UndesignatedReason.UNACCREDITED_RECIPIENT, 1, Designation.Defect.Field.RECIPIENT)),
        canton.designation(onTime, "a", 5000, "z", 5000).locate(canton.policy));
    assertEquals(
        Optional.of(
            new Designation.Defect(
                UndesignatedReason.DUPLICATE_RECIPIENT, 2, Designation.Defect.Field.RECIPIENT)),
        canton.designation(onTime, "a", 4000, "b", 2000, "a", 4000).locate(canton.policy));
    assertEquals(
        Optional.of(
            new Designation.Defect(
                UndesignatedReason.BAD_SHARES, 1, Designation.Defect.Field.BASIS_POINTS)),
        canton.designation(onTime, "a", 10000, "b", 0).locate(canton.policy));
    assertEquals(
        Optional.of(
            new Designation.Defect(
                UndesignatedReason.BAD_SHARES, whole, Designation.Defect.Field.SHARES)),
        canton.designation(onTime, "a", 6000, "b", 3999).locate(canton.policy));
  }

  @Test
  @DisplayName("A2 — shares whose sum would wrap around to 10,000 are bad shares, not a choice")
  void a2SharesThatWouldWrap() {
    var canton = TestCanton.of(policy().maxRecipients(3).accredited("a", "b"));
    LocalDate onTime = LocalDate.of(2026, 6, 30);
    // 2 x (2^31 - 1) + 10002 is 10,000 in 32-bit arithmetic
    var wrapping =
        canton.designation(
            onTime, "a", Integer.MAX_VALUE, "b", Integer.MAX_VALUE, "canton", 10_002);

    assertEquals(Optional.of(UndesignatedReason.BAD_SHARES), wrapping.defect(canton.policy));
    assertEquals(
        Optional.of(UndesignatedReason.BAD_SHARES),
        canton.designation(onTime, "a", 20_000, "b", -10_000).defect(canton.policy));
  }

  @Test
  @DisplayName("A2 — a designation made on the deadline counts")
  void a2OnTheDeadline() {
    var canton = TestCanton.of(policy());
    canton.taxpayer(
        "x", "100.00", List.of(canton.designation(LocalDate.of(2026, 6, 30), "a", 10000)));

    assertEquals("1.00", amount(canton.allocate(), "a"));
  }

  @Test
  @DisplayName("A2 — of several designations the latest valid one counts")
  void a2LatestValid() {
    var canton = TestCanton.of(policy());
    canton.taxpayer(
        "x",
        "100.00",
        List.of(
            canton.designation(LocalDate.of(2026, 1, 1), "a", 10000),
            canton.designation(LocalDate.of(2026, 5, 1), "b", 10000),
            canton.designation(LocalDate.of(2026, 6, 1), "b", 5000)));

    Allocation allocation = canton.allocate();

    assertEquals("1.00", amount(allocation, "b"));
    assertTrue(allocation.line(Recipient.of("a")).isEmpty());
  }

  @Test
  @DisplayName("A2 — with no valid designation, the reason is that of the latest")
  void a2ReasonOfTheLatest() {
    var canton = TestCanton.of(policy());
    canton.taxpayer(
        "x",
        "100.00",
        List.of(
            canton.designation(LocalDate.of(2026, 1, 1), "z", 10000),
            canton.designation(LocalDate.of(2026, 8, 1), "a", 10000)));

    canton.aggregate();

    assertEquals(UndesignatedReason.LATE, canton.undesignated.get("x"));
  }

  @Test
  @DisplayName("A3 — by amount a taxpayer carries r x own tax")
  void a3ByAmount() {
    var allocation =
        TestCanton.of(policy().rate("0.01"))
            .taxpayer("rich", "9000.00", "a", 10000)
            .taxpayer("poor", "1000.00", "b", 10000)
            .allocate();

    assertEquals("90.00", amount(allocation, "a"));
    assertEquals("10.00", amount(allocation, "b"));
  }

  @Test
  @DisplayName("A3 — by headcount every assessed taxpayer carries D / N, zero tax included")
  void a3ByHeadcount() {
    var allocation =
        TestCanton.of(policy().rate("0.01").weighting(Weighting.BY_HEADCOUNT))
            .taxpayer("rich", "9000.00", "a", 10000)
            .taxpayer("poor", "0.00", "b", 10000)
            .allocate();

    assertEquals("45.00", amount(allocation, "a"));
    assertEquals("45.00", amount(allocation, "b"));
  }

  @Test
  @DisplayName("A4 — a split designation gives each recipient weight x share")
  void a4Split() {
    var aggregates =
        TestCanton.of(policy().rate("0.01"))
            .taxpayer("x", "1000.00", "a", 2500, "b", 7500)
            .taxpayer("y", "0.00")
            .aggregate();

    assertEquals(new BigDecimal("2.50"), aggregates.expressed().get(0).amount());
    assertEquals(new BigDecimal("0.25"), aggregates.expressed().get(0).choices());
    assertEquals(new BigDecimal("7.50"), aggregates.expressed().get(1).amount());
  }

  @Test
  @DisplayName("A5 — RETAIN: the undesignated amount goes to the canton")
  void a5Retain() {
    var allocation =
        TestCanton.of(policy())
            .taxpayer("x", "100.00", "a", 10000)
            .taxpayer("y", "300.00")
            .allocate();

    assertEquals("1.00", amount(allocation, "a"));
    assertEquals("3.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A5 — FUND: the undesignated amount goes to the named fund")
  void a5Fund() {
    var allocation =
        TestCanton.of(policy().fund("solidarity"))
            .taxpayer("x", "100.00", "a", 10000)
            .taxpayer("y", "300.00")
            .allocate();

    assertEquals("3.00", amount(allocation, "solidarity"));
    assertEquals("0.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A5 — PROPORTIONAL with nothing expressed: the canton gets it all")
  void a5ProportionalNothingExpressed() {
    var allocation =
        TestCanton.of(policy().undesignated(UndesignatedTreatment.PROPORTIONAL))
            .taxpayer("y", "300.00")
            .allocate();

    assertEquals("3.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName(
      "A6 — above the cap every organization is scaled by cap / total; the excess goes to the canton")
  void a6Cap() {
    var allocation =
        TestCanton.of(policy().cap("60.00"))
            .taxpayer("x", "6000.00", "a", 10000)
            .taxpayer("y", "4000.00", "b", 10000)
            .allocate();

    assertEquals("36.00", amount(allocation, "a"));
    assertEquals("24.00", amount(allocation, "b"));
    assertEquals("40.00", amount(allocation, "canton"));
    Line a = allocation.line(Recipient.of("a")).orElseThrow();
    assertEquals(Fraction.of(-2400), a.capAdjustment());
  }

  @Test
  @DisplayName("A6 — a cap met exactly changes nothing")
  void a6CapBindsExactly() {
    var allocation =
        TestCanton.of(policy().cap("100.00"))
            .taxpayer("x", "6000.00", "a", 10000)
            .taxpayer("y", "4000.00", "b", 10000)
            .allocate();

    assertEquals("60.00", amount(allocation, "a"));
    assertEquals("0.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A7 — an organization allotted less than the minimum payout gets nothing")
  void a7MinimumPayout() {
    var allocation =
        TestCanton.of(policy().minimumPayout("5.00"))
            .taxpayer("x", "1000.00", "a", 10000)
            .taxpayer("y", "499.00", "b", 10000)
            .allocate();

    assertEquals("10.00", amount(allocation, "a"));
    assertEquals("0.00", amount(allocation, "b"));
    assertEquals("4.99", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A5, A6, A7 apply in that order")
  void a5ThenA6ThenA7() {
    // U = 100 split 1:1 (a, b); the cap 150 scales 100+100 to 75+75; a minimum of 80 then takes
    // both
    var allocation =
        TestCanton.of(
                policy()
                    .undesignated(UndesignatedTreatment.PROPORTIONAL)
                    .cap("150.00")
                    .minimumPayout("80.00"))
            .taxpayer("x", "5000.00", "a", 10000)
            .taxpayer("y", "5000.00", "b", 10000)
            .taxpayer("z", "10000.00")
            .allocate();

    assertEquals("0.00", amount(allocation, "a"));
    assertEquals("200.00", amount(allocation, "canton"));
  }

  @Test
  @DisplayName("A8 — leftover cents go to the largest fractional parts, ties to the smaller id")
  void a8LargestRemainderTies() {
    // 1.00 split three ways: 0.333... each, one leftover cent, all fractions equal: 'a' wins the
    // tie
    var allocation =
        TestCanton.of(policy().rate("0.01").weighting(Weighting.BY_HEADCOUNT))
            .taxpayer("x", "0.00", "a", 10000)
            .taxpayer("y", "0.00", "b", 10000)
            .taxpayer("z", "100.00", "r", 10000)
            .allocate();

    assertEquals("0.34", amount(allocation, "a"));
    assertEquals("0.33", amount(allocation, "b"));
    assertEquals("0.33", amount(allocation, "r"));
  }

  @Test
  @DisplayName("A8 — the pot is rounded half-even to cents")
  void a8HalfEven() {
    var toEvenBelow =
        TestCanton.of(policy().rate("0.01")).taxpayer("x", "2.50").allocate(); // 2.5 cents
    var toEvenAbove =
        TestCanton.of(policy().rate("0.01")).taxpayer("x", "3.50").allocate(); // 3.5 cents

    assertEquals("0.02", toEvenBelow.pot().toString());
    assertEquals("0.04", toEvenAbove.pot().toString());
    assertEquals("0.04", amount(toEvenAbove, "canton"));
  }

  @Test
  @DisplayName("A10 — each line's steps add up to its exact amount, and the rounding to its amount")
  void a10Explanation() {
    var allocation =
        TestCanton.of(policy().undesignated(UndesignatedTreatment.PROPORTIONAL).cap("2.00"))
            .taxpayer("x", "100.00", "a", 3333, "b", 6667)
            .taxpayer("y", "200.00")
            .allocate();

    for (Line line : allocation.lines()) {
      Fraction steps =
          line.expressed()
              .plus(line.undesignatedShare())
              .plus(line.renounced())
              .plus(line.capAdjustment())
              .plus(line.minimumPayoutAdjustment());
      assertEquals(line.exact(), steps);
      assertEquals(
          Fraction.of(line.amount().cents()), line.exact().plus(line.roundingAdjustment()));
    }
  }

  @Test
  @DisplayName("A11 — the apportionment of the aggregates alone gives the lines")
  void a11FromAggregates() {
    var canton =
        TestCanton.of(
                policy()
                    .weighting(Weighting.BY_HEADCOUNT)
                    .undesignated(UndesignatedTreatment.PROPORTIONAL))
            .taxpayer("x", "100.00", "a", 5000, "b", 5000)
            .taxpayer("y", "300.00", "a", 10000)
            .taxpayer("z", "7.00");
    Aggregates aggregates = canton.aggregate();

    Aggregates published =
        new Aggregates(
            aggregates.policy(),
            aggregates.pot(),
            aggregates.taxpayers(),
            aggregates.expressed(),
            java.util.Map.of());

    assertEquals(canton.allocate().lines(), Apportionment.apportion(published).lines());
  }

  @Test
  @DisplayName("A policy needs a fund exactly when it sends undesignated money to one")
  void policyValidation() {
    var error =
        assertThrows(
            AllocationPolicy.InvalidPolicy.class,
            () ->
                policy()
                    .rate("0.2")
                    .undesignated(UndesignatedTreatment.FUND)
                    .maxRecipients(0)
                    .build());

    assertEquals(
        List.of(
            "designableRate: must be between 0 and 0.10, not 0.2",
            "fund: the FUND treatment needs the id of the fund",
            "maxRecipients: must be at least 1, not 0"),
        error.problems());
  }
}
