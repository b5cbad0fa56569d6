package org.confederatio.rules.api.allocation.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.allocation.UndesignatedTreatment;
import org.confederatio.rules.api.allocation.Weighting;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The aggregate stage (A1-A4) over a synthetic canton of 10 million taxpayers. Run on demand:
 * {@code ./mvnw -pl rules -Pbenchmark verify}; results go to docs/benchmarks.md.
 *
 * <p>The mix: 30 % of taxpayers make no designation; of the rest, 55 % choose one recipient, 25 %
 * split two ways, 10 % three ways, 5 % designated twice (a correction), 5 % are invalid (late,
 * unaccredited, bad shares). Taxes are log-uniform from 1.00 to 1,000,000.00.
 *
 * <p>Throughput is reported per taxpayer; the number of designations processed is 0.7 x that (plus
 * the corrections), see {@link #DESIGNATIONS_PER_TAXPAYER}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 8, time = 5)
public class AggregationBenchmark {

  static final int TAXPAYERS = 10_000_000;

  /**
   * Distinct designations the taxpayers draw from. Small enough to stay in the CPU cache, as the
   * designation being aggregated does in a real stream (it was read just before); a pool of 65,536
   * scattered objects measured cache misses of the benchmark's own making, not the engine.
   */
  static final int POOL = 1 << 12;

  static final int ORGANIZATIONS = 40;
  static final double DESIGNATIONS_PER_TAXPAYER = 0.7 * 1.05;

  private AllocationPolicy policy;
  private RecipientTable table;
  private List<List<Designation>> pool;
  private final String[] ids = new String[1024];

  @Setup(Level.Trial)
  public void generate() {
    policy = policy();
    table = new RecipientTable(policy);
    SplittableRandom random = new SplittableRandom(42);
    pool = new ArrayList<>(POOL);
    for (int i = 0; i < POOL; i++) {
      pool.add(designations(random));
    }
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "taxpayer-" + i;
    }
  }

  /**
   * The taxes and choices of ten million taxpayers, generated once, for the in-memory benchmark.
   */
  @State(Scope.Benchmark)
  public static class Taxpayers {
    long[] taxes = new long[TAXPAYERS];
    int[] choice = new int[TAXPAYERS];

    @Setup(Level.Trial)
    public void generate() {
      SplittableRandom random = new SplittableRandom(43);
      for (int i = 0; i < TAXPAYERS; i++) {
        taxes[i] = tax(random);
        choice[i] = random.nextInt(POOL);
      }
    }
  }

  /** Ten million taxpayers from memory through the aggregation: the engine's own speed. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgs = {"-Xms1g", "-Xmx1g"})
  @OperationsPerInvocation(TAXPAYERS)
  public Aggregates aggregateTenMillion(Taxpayers input) {
    Aggregation aggregation = new Aggregation(policy, table, (taxpayer, reason) -> {});
    for (int i = 0; i < TAXPAYERS; i++) {
      aggregation.add(ids[i & 1023], input.taxes[i], pool.get(input.choice[i]));
    }
    return aggregation.finish();
  }

  /**
   * Ten million taxpayers generated as they stream, in a 64 MB heap: the engine keeps nothing per
   * taxpayer. Slower than the above because generating the input is part of it.
   */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgs = {"-Xms64m", "-Xmx64m"})
  @OperationsPerInvocation(TAXPAYERS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public Aggregates streamTenMillionIn64MegabytesOfHeap() {
    SplittableRandom random = new SplittableRandom(7);
    Aggregation aggregation = new Aggregation(policy, table, (taxpayer, reason) -> {});
    for (int i = 0; i < TAXPAYERS; i++) {
      aggregation.add(ids[i & 1023], tax(random), pool.get(random.nextInt(POOL)));
    }
    return aggregation.finish();
  }

  private static long tax(SplittableRandom random) {
    return (long)
        Math.pow(10, 2 + random.nextDouble() * 6); // synthetic data only, never money math
  }

  private List<Designation> designations(SplittableRandom random) {
    int kind = random.nextInt(100);
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(170));
    if (kind < 30) {
      return List.of();
    } else if (kind < 30 + 38) {
      return List.of(table.designation(day, shares(random, 10_000)));
    } else if (kind < 30 + 38 + 18) {
      int first = 1 + random.nextInt(9_999);
      return List.of(table.designation(day, shares(random, first, 10_000 - first)));
    } else if (kind < 30 + 38 + 18 + 7) {
      int a = 1 + random.nextInt(5_000);
      int b = 1 + random.nextInt(4_999);
      return List.of(table.designation(day, shares(random, a, b, 10_000 - a - b)));
    } else if (kind < 30 + 38 + 18 + 7 + 4) {
      return List.of(
          table.designation(day, shares(random, 10_000)),
          table.designation(day.plusDays(3), shares(random, 5_000, 5_000)));
    }
    return List.of(
        switch (random.nextInt(3)) {
          case 0 -> table.designation(LocalDate.of(2026, 8, 1), shares(random, 10_000));
          case 1 -> table.designation(day, List.of(new Share(Recipient.of("unknown"), 10_000)));
          default -> table.designation(day, shares(random, 6_000, 6_000));
        });
  }

  /** Distinct recipients with the given shares, the canton among them now and then. */
  private static List<Share> shares(SplittableRandom random, int... bp) {
    List<Share> shares = new ArrayList<>();
    int start = random.nextInt(ORGANIZATIONS + 1);
    for (int i = 0; i < bp.length; i++) {
      int r = (start + i) % (ORGANIZATIONS + 1);
      shares.add(
          new Share(r == ORGANIZATIONS ? Recipient.CANTON : Recipient.of("org-" + r), bp[i]));
    }
    return shares;
  }

  private static AllocationPolicy policy() {
    TreeSet<OrganizationId> accredited = new TreeSet<>();
    for (int i = 0; i < ORGANIZATIONS; i++) {
      accredited.add(OrganizationId.of("org-" + i));
    }
    return new AllocationPolicy(
        CantonCode.of("BENCH"),
        2026,
        "benchmark",
        new BigDecimal("0.008"),
        Weighting.BY_AMOUNT,
        UndesignatedTreatment.PROPORTIONAL,
        Optional.empty(),
        new TreeSet<>(),
        Optional.empty(),
        Money.ZERO,
        3,
        LocalDate.of(2026, 6, 30),
        accredited);
  }
}
