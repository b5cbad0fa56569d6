package org.confederatio.rules.api.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random cantons for the property tests: random policies (both weightings, all three treatments,
 * renouncing, cap, minimum payout), random taxes with zeros among them, and designations that are
 * valid or broken in every way A2 knows. The same seed always gives the same canton.
 */
public final class RandomCanton {

  public static final int CANTONS = 1000;

  private static final String[] ORGANIZATIONS = {"a", "b", "c", "d", "fund", "r", "z"};

  private RandomCanton() {}

  public static TestCanton generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PolicyBuilder policy =
        PolicyBuilder.policy()
            .rate("0." + String.format("%04d", random.nextInt(1001)))
            .weighting(random.nextBoolean() ? Weighting.BY_AMOUNT : Weighting.BY_HEADCOUNT)
            .maxRecipients(1 + random.nextInt(4))
            .accredited("a", "b", "c", "d", "r");
    switch (random.nextInt(3)) {
      case 0 -> policy.undesignated(UndesignatedTreatment.RETAIN);
      case 1 ->
          policy
              .undesignated(UndesignatedTreatment.PROPORTIONAL)
              .renouncing(random.nextBoolean() ? "r" : "d");
      default -> policy.fund("fund");
    }
    if (random.nextInt(3) == 0) {
      policy.cap(random.nextInt(100_000) + "." + String.format("%02d", random.nextInt(100)));
    }
    if (random.nextInt(3) == 0) {
      policy.minimumPayout(random.nextInt(50) + ".00");
    }
    TestCanton canton = TestCanton.of(policy);
    int taxpayers = random.nextInt(40);
    for (int t = 0; t < taxpayers; t++) {
      long tax = random.nextInt(5) == 0 ? 0 : random.nextLong(1, 100_000_000L);
      List<Designation> designations = new ArrayList<>();
      for (int d = random.nextInt(3); d > 0; d--) {
        designations.add(designation(canton, random));
      }
      canton.taxpayer("t" + t, tax / 100 + "." + String.format("%02d", tax % 100), designations);
    }
    return canton;
  }

  /** Mostly valid designations (before the deadline), with every kind of defect among them. */
  private static Designation designation(TestCanton canton, SplittableRandom random) {
    LocalDate madeOn =
        random.nextInt(10) == 0
            ? LocalDate.of(2026, 7, 1 + random.nextInt(30))
            : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(170));
    int n = 1 + random.nextInt(3);
    List<Object> shares = new ArrayList<>();
    int left = 10_000;
    for (int i = 0; i < n; i++) {
      String recipient =
          random.nextInt(4) == 0 ? "canton" : ORGANIZATIONS[random.nextInt(ORGANIZATIONS.length)];
      int share = i == n - 1 ? left : 1 + random.nextInt(left - (n - 1 - i));
      if (random.nextInt(20) == 0) {
        share -= 1; // shares that do not sum to 10,000
      }
      left -= share;
      shares.add(recipient);
      shares.add(share);
    }
    return canton.designation(madeOn, shares.toArray());
  }
}
