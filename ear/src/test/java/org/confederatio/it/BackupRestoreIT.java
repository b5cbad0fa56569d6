package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 5: a backup of the suite's database, restored into an empty one, serves the same
 * published runs with the same digests. On Derby the administrator's backup inside the server (POST
 * /api/backups), restored by starting a server on a copy of it; on PostgreSQL {@code pg_dump -Fc}
 * and {@code pg_restore} into an empty database, as the README says, while the backup endpoint
 * refuses.
 */
class BackupRestoreIT {

  private static final int YEAR = ServerClock.YEAR - 1;

  @Test
  void aRestoredDatabaseVerifiesThePublishedRunsAsTheOriginalDoes() throws Exception {
    TestCanton canton = Fixture.canton();
    FiscalWorld.taxpayer(canton, YEAR, "1234.55");
    FiscalWorld.taxpayer(canton, YEAR, "800.00");
    long id = FiscalWorld.draftRun(canton, YEAR);
    String digest = Publishing.run(canton.clerk, id).getJsonObject("run").getString("digest");
    var original = Api.anonymous().get("/api/verify/" + digest);
    assertEquals(200, original.statusCode(), original.body());
    assertTrue(original.body().contains(canton.code), original.body());

    Map<String, String> variables = new HashMap<>(ExtraServers.ports(1));
    // the demo stays as on the suite's server: its migrations are in the restored history
    var backup = Fixture.ADMIN.postJson("/api/backups", "");
    if (ExtraServers.POSTGRESQL) {
      assertEquals(409, backup.statusCode(), backup.body());
      assertTrue(backup.body().contains("pg_dump"), backup.body());
      variables.putAll(ExtraServers.restoredPostgres("restore"));
    } else {
      assertEquals(200, backup.statusCode(), backup.body());
      Path copy = Path.of(Api.json(backup).getString("path"));
      assertTrue(Files.exists(copy.resolve("service.properties")), "Derby wrote " + copy);
      Path restored = ExtraServers.scratch("restored-derby").resolve("confederatio");
      ExtraServers.copy(copy, restored);
      variables.put("db.kind", "derby");
      variables.put("db.derby.path", restored.toString());
    }
    try (ServerProcess server = ServerProcess.create("confederatio-restored", variables).start()) {
      var restored = Remote.anonymous(server.baseUrl()).get("/api/verify/" + digest);
      assertEquals(200, restored.statusCode(), restored.body());
      assertEquals(original.body(), restored.body());
    }
  }
}
