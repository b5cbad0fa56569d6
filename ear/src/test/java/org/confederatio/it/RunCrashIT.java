package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * A server killed with {@code kill -9} in the middle of an allocation run (issue 16): restarted, it
 * takes its own run over once the run's lease lapsed and finishes it from the run's own checkpoint,
 * with the lines and digest of an uninterrupted run. Liberty only marks the killed job failed.
 *
 * <p>It runs on the database of the suite's execution: on Derby in the first, on PostgreSQL (a
 * database of its own) in the second; one extra server each. The crash point is the test-only
 * variable {@code confederatio.test.pause.run.chunks}, never a timer.
 */
class RunCrashIT {

  @Test
  void aRunCutOffByKillNineEndsAsAnUninterruptedRunOnceItsServerIsBack() throws Exception {
    String db = RunCrashes.dbKind();
    String database = null;
    if (db.equals("postgresql")) {
      database = "confederatio_k_crash";
      Postgres.recreate(database);
    }
    try (ServerProcess server =
        ServerProcess.create(
            "confederatio-crash-k-" + db, RunCrashes.variables(19382, 19745, db, database))) {
      server.start();
      RunCrashes.Client clerk = RunCrashes.Client.of(server, "clerk");
      long run = clerk.start(RunCrashes.CHUNK);
      clerk.paused(run);

      server.kill();
      // the same variables again: the run is past its third chunk, so it must not pause again
      server.start();
      JsonObject resumed = clerk.computed(run);

      long uninterrupted = clerk.start(1_000);
      RunCrashes.assertSameResult(clerk.computed(uninterrupted), resumed);
      assertEquals("clerk", resumed.getJsonObject("run").getString("startedBy"));
      String audit = clerk.send("GET", "/api/audit?action=take-over&entityId=" + run, null).body();
      assertTrue(audit.contains("\"take-over\""), "the take-over is audited: " + audit);
      assertTrue(
          Files.readString(server.log()).contains("taken over by"),
          "the restarted server took its own run over");
    }
  }
}
