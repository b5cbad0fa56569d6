package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What an operator reads on the suite's own server: health (liveness, and readiness that reflects
 * the database and the batch runtime), and metrics that move when an import or a run happens, for
 * the application's administrator only. Readiness DOWN without the database: CrashIT on PostgreSQL;
 * JSON logs: CrashIT on Derby (both on servers of their own).
 */
class OperationsIT {

  private static final int YEAR = ServerClock.YEAR - 1;

  @Test
  void healthIsUpWithTheDatabaseAndTheBatchRuntimeAmongTheReadinessChecks() {
    var health = Api.anonymous().get("/health");
    assertEquals(200, health.statusCode(), health.body());
    assertEquals("UP", Api.json(health).getString("status"));

    JsonObject ready = Api.json(Api.anonymous().get("/health/ready"));
    assertEquals("UP", ready.getString("status"), ready.toString());
    assertEquals("UP", check(ready, "database").getString("status"), ready.toString());
    assertEquals("UP", check(ready, "batch").getString("status"), ready.toString());

    JsonObject live = Api.json(Api.anonymous().get("/health/live"));
    assertEquals("UP", check(live, "application").getString("status"), live.toString());
  }

  static JsonObject check(JsonObject health, String name) {
    return health.getJsonArray("checks").stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + health));
  }

  @Test
  void metricsAreTheAdministratorsAndNoOneElses() {
    assertEquals(401, Api.anonymous().get("/api/metrics").statusCode());
    var liberty = Api.anonymous().get("/metrics");
    assertNotEquals(200, liberty.statusCode(), "Liberty's /metrics is not anonymous");
    assertEquals(403, Fixture.canton().clerk.get("/api/metrics").statusCode());

    var metrics = Fixture.ADMIN.get("/api/metrics", "text/plain");
    assertEquals(200, metrics.statusCode(), metrics.body());
    assertTrue(metrics.body().contains("REST_request"), "Liberty's request metrics are there");
  }

  @Test
  void anImportAndARunMoveTheirMetrics() {
    double rowsBefore = metric("confederatio_import_rows_total");
    double importsBefore = metric("confederatio_imports_total");
    double taxpayersBefore = metric("confederatio_run_taxpayers_total");
    double chunksBefore = metric("confederatio_run_chunks_total");

    TestCanton canton = Fixture.canton();
    String a = "M-" + Fixture.letters(10);
    String b = "M-" + Fixture.letters(10);
    var imported =
        canton.clerk.postCsv(
            canton.path("/people/import"),
            "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n"
                + a
                + ",Metric A,1970-01-01,2000-01-01,,,,\n"
                + b
                + ",Metric B,1970-01-01,2000-01-01,,,,\n");
    assertEquals(200, imported.statusCode(), imported.body());
    assertTrue(metric("confederatio_imports_total") >= importsBefore + 1);
    assertTrue(metric("confederatio_import_rows_total") >= rowsBefore + 2);

    FiscalWorld.assess(canton, a, YEAR, "1000.00");
    FiscalWorld.assess(canton, b, YEAR, "2000.00");
    FiscalWorld.draftRun(canton, YEAR);
    assertTrue(metric("confederatio_run_taxpayers_total") >= taxpayersBefore + 2);
    assertTrue(metric("confederatio_run_chunks_total") >= chunksBefore + 1);
  }

  /** A metric of the application's scope, 0 while it was never written. */
  static double metric(String name) {
    var metrics = Fixture.ADMIN.get("/api/metrics", "text/plain");
    assertEquals(200, metrics.statusCode(), metrics.body());
    Matcher m =
        Pattern.compile("(?m)^" + name + "\\{mp_scope=\"application\"[^}]*\\} (\\S+)$")
            .matcher(metrics.body());
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
