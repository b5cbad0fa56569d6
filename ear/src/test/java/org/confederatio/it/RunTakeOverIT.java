package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database (issue 16): a run started on A is cut off by {@code kill
 * -9}; once its lease lapses, B takes it over with a new job execution that goes on from the run's
 * own checkpoint and ends with the digest of an uninterrupted run. Liberty itself would never
 * restart A's job on B: it marks failed only the jobs of the server that restarts.
 */
class RunTakeOverIT {

  @Test
  void theSurvivorFinishesARunItsInstanceDiedInTheMiddleOf() throws Exception {
    assumeTrue(
        RunCrashes.dbKind().equals("postgresql"),
        "two instances share a PostgreSQL database; run in the suite's PostgreSQL execution");
    String database = "confederatio_k_takeover";
    Postgres.recreate(database);
    try (ServerProcess a =
            ServerProcess.create(
                "confederatio-takeover-a-k",
                RunCrashes.variables(19384, 19747, "postgresql", database));
        ServerProcess b =
            ServerProcess.create(
                "confederatio-takeover-b-k",
                RunCrashes.variables(19385, 19748, "postgresql", database))) {
      a.start();
      b.start();
      RunCrashes.Client onA = RunCrashes.Client.of(a, "clerk");
      RunCrashes.Client onB = onA.on(b);
      long run = onA.start(RunCrashes.CHUNK);
      onA.paused(run);

      a.kill();
      JsonObject finished = onB.computed(run);

      long uninterrupted = onB.start(1_000);
      RunCrashes.assertSameResult(onB.computed(uninterrupted), finished);
      try (Connection c = Postgres.connect(database);
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT actor, before_state, after_state FROM audit_entry"
                      + " WHERE action = 'take-over' AND entity_id = ?")) {
        s.setString(1, Long.toString(run));
        try (ResultSet r = s.executeQuery()) {
          assertTrue(r.next(), "the take-over is audited");
          assertEquals("system", r.getString(1));
          assertTrue(r.getString(2).contains("confederatio-takeover-a-k"), r.getString(2));
          assertTrue(r.getString(3).contains("confederatio-takeover-b-k"), r.getString(3));
          assertTrue(!r.next(), "taken over once");
        }
      }
    }
  }
}
