package org.confederatio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 (rule A12) on a database that already holds runs published side by side: the one
 * published last stays in force, the others are marked superseded by it; and the key then refuses a
 * second run in force of a canton's year.
 */
class InForceMigrationTest {

  private final TestDatabase db = new TestDatabase();

  private long run(Statement s, String canton, String state, String publishedAt)
      throws SQLException {
    s.executeUpdate(
        "INSERT INTO allocation_run (canton_code, fiscal_year, state, execution_id, policy_version,"
            + " taxpayers_total, taxpayers_done, started_at, started_by, policy_json, published_at,"
            + " published_by) VALUES ('"
            + canton
            + "', 2024, '"
            + state
            + "', 0, 'v1', 0, 0, TIMESTAMP('2025-01-01 10:00:00'), 'clerk', '{}', "
            + (publishedAt == null ? "NULL" : "TIMESTAMP('" + publishedAt + "')")
            + ", 'clerk')",
        Statement.RETURN_GENERATED_KEYS);
    try (ResultSet keys = s.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private Object[] row(Statement s, long id) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "SELECT in_force, superseded_by, superseded_reason FROM allocation_run WHERE id = "
                + id)) {
      r.next();
      Object supersededBy = r.getObject(2);
      return new Object[] {r.getObject(1), supersededBy, r.getString(3)};
    }
  }

  @Test
  void runsPublishedSideBySideKeepTheLastInForceAndMarkTheOthersSuperseded() throws SQLException {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(db.dataSource)
        .locations(Migrations.locations("derby", true))
        .outOfOrder(true)
        .target("8")
        .load()
        .migrate();
    long first;
    long last;
    long middle;
    long draft;
    long tieLow;
    long tieHigh;
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      first = run(s, "LAC", "PUBLISHED", "2025-02-01 10:00:00");
      last = run(s, "LAC", "PUBLISHED", "2025-04-01 10:00:00");
      middle = run(s, "LAC", "PUBLISHED", "2025-03-01 10:00:00");
      draft = run(s, "LAC", "DRAFT", null);
      tieLow = run(s, "MON", "PUBLISHED", "2025-02-01 10:00:00");
      tieHigh = run(s, "MON", "PUBLISHED", "2025-02-01 10:00:00");
    }

    Migrations.apply(db.dataSource, true);

    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      assertEquals(true, row(s, last)[0], "published last, in force");
      for (long superseded : new long[] {first, middle}) {
        Object[] row = row(s, superseded);
        assertNull(row[0]);
        assertEquals(last, ((Number) row[1]).longValue());
        assertTrue(((String) row[2]).contains("before rule A12"), (String) row[2]);
      }
      assertNull(row(s, draft)[0], "a draft is never in force");
      assertNull(row(s, draft)[1]);
      assertEquals(true, row(s, tieHigh)[0], "of two published at the same instant, the later id");
      assertEquals(tieHigh, ((Number) row(s, tieLow)[1]).longValue());

      long another = run(s, "LAC", "PUBLISHED", "2025-05-01 10:00:00");
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "UPDATE allocation_run SET in_force = TRUE WHERE id = " + another));
      assertEquals("23505", refused.getSQLState(), "the key refuses a second run in force");
      run(s, "LAC", "DRAFT", null);
      assertEquals(
          2L,
          count(s, "allocation_run WHERE canton_code = 'LAC' AND state = 'DRAFT'"),
          "any number of rows out of force coexist");
    }
  }

  private static long count(Statement s, String from) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
      r.next();
      return r.getLong(1);
    }
  }
}
