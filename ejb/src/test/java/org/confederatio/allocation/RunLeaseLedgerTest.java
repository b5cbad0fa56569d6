package org.confederatio.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.allocation.Tally;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run's own checkpoint and its lease, as the SQL of RunLedger keeps them (issue 16): a chunk
 * counts only if the run is still where its job last saw it and still that job's; a lapsed lease
 * goes to one instance only; the last step runs once.
 */
class RunLeaseLedgerTest {

  private final TestDatabase db = new TestDatabase();
  private final RunLedger ledger = new RunLedger();
  private long run;

  @BeforeEach
  void aRunningRun() throws Exception {
    Migrations.apply(db.dataSource, true);
    Field field = RunLedger.class.getDeclaredField("dataSource");
    field.setAccessible(true);
    field.set(ledger, db.dataSource);
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO allocation_run (canton_code, fiscal_year, state, execution_id, policy_version,"
              + " taxpayers_total, taxpayers_done, started_at, started_by, policy_json) VALUES"
              + " ('LAC', 2025, 'RUNNING', 0, 'v1', 10, 0, CURRENT_TIMESTAMP, 'clerk', '{}')",
          Statement.RETURN_GENERATED_KEYS);
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        run = keys.getLong(1);
      }
    }
    ledger.open(run);
  }

  private static Tally two() {
    return new Tally(2, 300, Map.of(), Map.of());
  }

  private long taxpayersCounted() throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT t.taxpayers, r.taxpayers_done FROM allocation_tally_total t"
                    + " JOIN allocation_run r ON r.id = t.run_id WHERE r.id = "
                    + run)) {
      r.next();
      assertEquals(r.getLong(1), r.getLong(2), "the run's count and its tally agree");
      return r.getLong(1);
    }
  }

  @Test
  void aChunkMovesTheCheckpointWithItsTallyAndAStaleOrForeignJobCountsNothing()
      throws SQLException {
    ledger.lease(run, 7, "a", System.currentTimeMillis() + 60_000);
    RunLedger.Checkpoint start = ledger.checkpoint(run);
    assertEquals(new RunLedger.Checkpoint("", 0), start);

    ledger.addChunk(run, 7, start, "P-0002", System.currentTimeMillis() + 60_000, two(), List.of());
    assertEquals(new RunLedger.Checkpoint("P-0002", 1), ledger.checkpoint(run));
    assertEquals(2, taxpayersCounted());

    // the same chunk again (a job that did not see the first commit): refused before it adds
    assertThrows(
        RunLedger.Superseded.class,
        () -> ledger.addChunk(run, 7, start, "P-0002", 0, two(), List.of()));
    // another execution while execution 7 holds the run
    RunLedger.Checkpoint now = ledger.checkpoint(run);
    assertThrows(
        RunLedger.Superseded.class,
        () -> ledger.addChunk(run, 8, now, "P-0004", 0, two(), List.of()));
    assertEquals(2, taxpayersCounted());
    assertEquals(new RunLedger.Checkpoint("P-0002", 1), ledger.checkpoint(run));
  }

  @Test
  void aLapsedLeaseGoesToOneInstanceAndAReleasedRunIsNobodysToTakeOver() {
    long past = System.currentTimeMillis() - 1_000;
    ledger.lease(run, 7, "a", past);
    List<RunLedger.Lapsed> lapsed = ledger.lapsed(System.currentTimeMillis());
    assertEquals(List.of(new RunLedger.Lapsed(run, "a", past, 7)), lapsed);

    assertTrue(ledger.takeOver(lapsed.get(0), "b", System.currentTimeMillis() + 60_000));
    assertFalse(ledger.takeOver(lapsed.get(0), "c", System.currentTimeMillis() + 60_000));
    assertEquals(List.of(), ledger.lapsed(System.currentTimeMillis()));

    // the dead execution 7 no longer renews it; the new one (9) does, and releases it when it ends
    ledger.lease(run, 9, "b", System.currentTimeMillis() + 60_000);
    assertFalse(ledger.renew(run, 7, System.currentTimeMillis() + 60_000));
    assertTrue(ledger.renew(run, 9, System.currentTimeMillis() - 1));
    ledger.release(run, 7);
    assertEquals(1, ledger.lapsed(System.currentTimeMillis()).size(), "7 released nothing");
    ledger.release(run, 9);
    assertEquals(List.of(), ledger.lapsed(System.currentTimeMillis() + 3_600_000));
    assertFalse(ledger.renew(run, 9, System.currentTimeMillis()), "a released lease stays so");
  }

  @Test
  void theLastStepClaimsARunningRunOnly() throws SQLException {
    assertTrue(ledger.claimCompletion(run));
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE allocation_run SET state = 'DRAFT' WHERE id = " + run);
    }
    assertFalse(ledger.claimCompletion(run), "a computed run is not computed again");
    ledger.lease(run, 7, "a", System.currentTimeMillis() - 1_000);
    assertEquals(List.of(), ledger.lapsed(System.currentTimeMillis()), "nor taken over");
  }

  @Test
  void chunksAddUpTheirTalliesAndKeepEachUndesignatedTaxpayerWithTheReasonInIdOrder() {
    ledger.lease(run, 7, "a", System.currentTimeMillis() + 60_000);
    var canton = org.confederatio.rules.api.allocation.Recipient.CANTON;
    var none = org.confederatio.rules.api.allocation.UndesignatedReason.NONE;
    var late = org.confederatio.rules.api.allocation.UndesignatedReason.LATE;
    var unassessed = org.confederatio.rules.api.allocation.UndesignatedReason.NO_ASSESSMENT;
    RunLedger.Checkpoint start = ledger.checkpoint(run);
    ledger.addChunk(
        run,
        7,
        start,
        "P-0003",
        System.currentTimeMillis() + 60_000,
        new Tally(
            3,
            600,
            Map.of(
                canton, new Tally.PerRecipient(java.math.BigInteger.valueOf(1_000_000), 10_000, 1)),
            Map.of(none, 1L, late, 1L)),
        List.of(
            new RunLedger.Undesignated("P-0001", none, 200),
            new RunLedger.Undesignated("P-0002", late, 300)));
    ledger.addChunk(
        run,
        7,
        ledger.checkpoint(run),
        "P-0009",
        System.currentTimeMillis() + 60_000,
        new Tally(
            1,
            100,
            Map.of(
                canton, new Tally.PerRecipient(java.math.BigInteger.valueOf(1_000_000), 10_000, 1)),
            Map.of(unassessed, 1L)),
        List.of(new RunLedger.Undesignated("P-0004", unassessed, 0)));

    Tally tally = ledger.tally(run);
    assertEquals(4, tally.taxpayers());
    assertEquals(700, tally.totalTaxCents());
    assertEquals(
        new Tally.PerRecipient(java.math.BigInteger.valueOf(2_000_000), 20_000, 2),
        tally.recipients().get(canton));
    assertEquals(Map.of(none, 1L, late, 1L, unassessed, 1L), tally.undesignated());
    assertEquals(new RunLedger.ReasonCount(1, 300), ledger.reasons(run).get(late));
    List<String> undesignated = new java.util.ArrayList<>();
    ledger.undesignated(run, (person, reason) -> undesignated.add(person + " " + reason));
    assertEquals(List.of("P-0001 NONE", "P-0002 LATE", "P-0004 NO_ASSESSMENT"), undesignated);
  }
}
