package org.confederatio.roll.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.confederatio.roll.Residents;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Eligibility;
import org.confederatio.rules.api.roll.RollPolicy;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The roll of a canton of one million residents, computed from the database by the code the server
 * runs ({@link Residents} feeding {@link Eligibility}): embedded Derby with the real migrations.
 * Run on demand: {@code ./mvnw -pl rules,ejb -am -Pbenchmark -DskipTests verify
 * -Djmh.include=RollFromDatabase}. The first run fills target/derby/roll-benchmark (a few minutes);
 * later runs reuse it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g", "-Dderby.system.home=target/derby"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class RollFromDatabaseBenchmark {

  static final int RESIDENTS = 1_000_000;
  static final CantonCode LAC = CantonCode.of("LAC");
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private TestDatabase db;

  @Setup(Level.Trial)
  public void fill() throws SQLException {
    db = new TestDatabase("roll-benchmark");
    Migrations.apply(db.dataSource, false);
    try (Connection c = db.dataSource.getConnection()) {
      var count = c.createStatement().executeQuery("SELECT COUNT(*) FROM person");
      count.next();
      if (count.getLong(1) < RESIDENTS) {
        insert(c);
      }
    }
  }

  private static void insert(Connection c) throws SQLException {
    c.setAutoCommit(false);
    c.createStatement()
        .executeUpdate(
            "INSERT INTO canton VALUES ('LAC', 'Lacus', CURRENT_TIMESTAMP), ('MON', 'Montes', CURRENT_TIMESTAMP)");
    c.createStatement()
        .executeUpdate(
            "INSERT INTO canton_policy (canton_code, valid_from_year, designable_rate,"
                + " weighting, undesignated, minimum_payout_cents, max_recipients, deadline, voting_age, min_residence_months,"
                + " decision_title, decision_adopted, decision_reference, recorded_at, recorded_by, row_version)"
                + " VALUES ('LAC', 2020, 0, 'BY_AMOUNT', 'RETAIN', 0, 1, '12-31', 18, 3, 'benchmark', '2019-01-01', 'none',"
                + " CURRENT_TIMESTAMP, 'benchmark', 0)");
    SplittableRandom random = new SplittableRandom(1);
    try (PreparedStatement person =
            c.prepareStatement("INSERT INTO person (id, name, born) VALUES (?, ?, ?)");
        PreparedStatement period =
            c.prepareStatement(
                "INSERT INTO residence_period (person_id, canton_code, starts_on, ends_on) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < RESIDENTS; i++) {
        String id = String.format("B-%07d", i);
        LocalDate born = LocalDate.of(1925, 1, 1).plusDays(random.nextInt(36_000));
        person.setString(1, id);
        person.setString(2, "Resident " + i);
        person.setDate(3, Date.valueOf(born));
        person.addBatch();
        LocalDate from =
            born.plusDays(
                random.nextInt(Math.max(1, (int) (DAY.toEpochDay() - born.toEpochDay()))));
        int shape = random.nextInt(10);
        if (shape == 0) { // moved within the canton
          add(period, id, "LAC", from, from.plusDays(100));
          add(period, id, "LAC", from.plusDays(101), null);
        } else if (shape == 1) { // emigrated
          add(period, id, "LAC", from, from.plusDays(100));
          add(period, id, "MON", from.plusDays(101), null);
        } else {
          add(period, id, "LAC", from, null);
        }
        if (i % 10_000 == 9_999) {
          person.executeBatch();
          period.executeBatch();
          c.commit();
        }
      }
      person.executeBatch();
      period.executeBatch();
      c.commit();
    }
  }

  private static void add(
      PreparedStatement period, String id, String canton, LocalDate from, LocalDate to)
      throws SQLException {
    period.setString(1, id);
    period.setString(2, canton);
    period.setDate(3, Date.valueOf(from));
    period.setDate(4, to == null ? null : Date.valueOf(to));
    period.addBatch();
  }

  /**
   * One million residents read from the database and judged, as {@code GET .../roll?date=} does.
   */
  @Benchmark
  public long rollOfOneMillion() {
    RollPolicy policy = new RollPolicy("LAC from 2020", 18, 3);
    long[] eligible = new long[2];
    new Residents(db.dataSource)
        .of(
            LAC,
            DAY,
            r ->
                Eligibility.consider(r, LAC, DAY, policy)
                    .ifPresent(
                        e -> {
                          eligible[e.onRoll() ? 0 : 1]++;
                        }));
    if (eligible[0] + eligible[1] < RESIDENTS) {
      throw new IllegalStateException(
          "only " + (eligible[0] + eligible[1]) + " residents considered");
    }
    return eligible[0];
  }
}
