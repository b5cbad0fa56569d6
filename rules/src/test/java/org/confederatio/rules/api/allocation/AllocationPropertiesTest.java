package org.confederatio.rules.api.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.confederatio.rules.api.money.Fraction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties over {@value RandomCanton#CANTONS} random cantons each. A failure names the seed, and
 * {@code RandomCanton.generate(seed)} rebuilds the canton that broke the property.
 */
class AllocationPropertiesTest {

  @Test
  @DisplayName("A8 — the lines always sum to the rounded pot, and no line is negative")
  void linesSumToTheRoundedPot() {
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      TestCanton canton = RandomCanton.generate(seed);
      Allocation allocation = canton.allocate();

      long sum = allocation.lines().stream().mapToLong(l -> l.amount().cents()).sum();
      assertEquals(allocation.pot().cents(), sum, "seed " + seed);
      assertEquals(
          canton.aggregate().exactPot().roundHalfEven(), BigInteger.valueOf(sum), "seed " + seed);
      for (Line line : allocation.lines()) {
        assertTrue(line.exact().signum() >= 0, "seed " + seed + ": " + line);
      }
    }
  }

  @Test
  @DisplayName("A9 — the result does not depend on the order of taxpayers or designations")
  void orderDoesNotMatter() {
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      TestCanton canton = RandomCanton.generate(seed);
      Allocation before = canton.allocate();
      Map<String, UndesignatedReason> reasons = Map.copyOf(canton.undesignated);

      Random shuffle = new Random(seed);
      Collections.shuffle(canton.taxpayers, shuffle);
      List<TestCanton.Taxpayer> reordered = new ArrayList<>();
      for (TestCanton.Taxpayer t : canton.taxpayers) {
        List<Designation> designations = new ArrayList<>(t.designations());
        Collections.shuffle(designations, shuffle);
        reordered.add(new TestCanton.Taxpayer(t.id(), t.taxCents(), designations));
      }
      canton.taxpayers.clear();
      canton.taxpayers.addAll(reordered);
      canton.undesignated.clear();

      assertEquals(before.lines(), canton.allocate().lines(), "seed " + seed);
      assertEquals(reasons, canton.undesignated, "seed " + seed);
    }
  }

  @Test
  @DisplayName(
      "A1-A4 — aggregating in chunks and adding their tallies gives the same aggregates as one pass")
  void chunkedTalliesAddUpToOnePass() {
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      TestCanton canton = RandomCanton.generate(seed);
      Aggregates whole = canton.aggregate();
      int chunk = 1 + new Random(seed).nextInt(7);

      Tally tally = Tally.EMPTY;
      for (int from = 0; from < canton.taxpayers.size(); from += chunk) {
        Aggregation part = new Aggregation(canton.policy, canton.table, (t, r) -> {});
        canton
            .taxpayers
            .subList(from, Math.min(canton.taxpayers.size(), from + chunk))
            .forEach(t -> part.add(t.id(), t.taxCents(), t.designations()));
        tally = tally.plus(part.tally());
      }
      Aggregation resumed = new Aggregation(canton.policy, canton.table, (t, r) -> {});
      resumed.add(tally);

      assertEquals(whole, resumed.finish(), "seed " + seed + ", chunks of " + chunk);
    }
  }

  @Test
  @DisplayName("A11 — recompute on the published aggregates gives the same lines")
  void recomputeFromAggregates() {
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      TestCanton canton = RandomCanton.generate(seed);
      Aggregates aggregates = canton.aggregate();
      Aggregates published =
          new Aggregates(
              aggregates.policy(),
              aggregates.pot(),
              aggregates.taxpayers(),
              aggregates.expressed(),
              Map.of());

      assertEquals(
          Apportionment.apportion(aggregates).lines(),
          Apportionment.apportion(published).lines(),
          "seed " + seed);
    }
  }

  @Test
  @DisplayName(
      "A4-A7 — raising one taxpayer's share to a recipient never lowers that recipient's amount")
  void raisingAShareNeverLowersTheAmount() {
    int raised = 0;
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      TestCanton canton = RandomCanton.generate(seed);
      if (canton.taxpayers.isEmpty()) {
        continue;
      }
      Random random = new Random(seed);
      String recipient =
          random.nextInt(4) == 0
              ? "canton"
              : List.of("a", "b", "c", "d", "r").get(random.nextInt(5));
      Allocation before = canton.allocate();

      // the taxpayer's latest designation becomes "all to this recipient", made on the deadline
      int index = random.nextInt(canton.taxpayers.size());
      TestCanton.Taxpayer taxpayer = canton.taxpayers.get(index);
      List<Designation> designations = new ArrayList<>(taxpayer.designations());
      designations.add(canton.designation(canton.policy.deadline(), recipient, 10_000));
      canton.taxpayers.set(
          index, new TestCanton.Taxpayer(taxpayer.id(), taxpayer.taxCents(), designations));
      Allocation after = canton.allocate();

      Fraction exactBefore = exact(before, recipient);
      Fraction exactAfter = exact(after, recipient);
      assertTrue(
          exactAfter.compareTo(exactBefore) >= 0,
          "seed " + seed + ": " + recipient + " went from " + exactBefore + " to " + exactAfter);
      // rounding may move a single cent between lines; a rise of a whole cent or more always shows
      if (exactAfter.minus(exactBefore).compareTo(Fraction.of(1)) >= 0) {
        assertTrue(cents(after, recipient) >= cents(before, recipient), "seed " + seed);
        raised++;
      }
    }
    assertTrue(raised > RandomCanton.CANTONS / 4, "the property was exercised: " + raised);
  }

  private static Fraction exact(Allocation allocation, String recipient) {
    return allocation.line(Recipient.of(recipient)).map(Line::exact).orElse(Fraction.ZERO);
  }

  private static long cents(Allocation allocation, String recipient) {
    return allocation.line(Recipient.of(recipient)).map(l -> l.amount().cents()).orElse(0L);
  }
}
