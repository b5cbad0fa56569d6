package org.confederatio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V11 on a database whose audit log was written before entries had a canton and a person: it files
 * each entry under its canton and person where the entity id makes it certain, and blanks what a
 * person chose.
 */
class AuditScopeMigrationTest {

  private final TestDatabase db = new TestDatabase();

  @Test
  void oldEntriesAreFiledUnderTheirCantonAndPersonAndLoseThePersonsChoices() throws SQLException {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(db.dataSource)
        .locations(Migrations.locations("derby", true))
        .outOfOrder(true)
        .target("8")
        .load()
        .migrate();
    exec(
        "INSERT INTO account (username, password_hash, role, display_name, canton_code)"
            + " VALUES ('clerk-old', 'h', 'clerk', 'Old Clerk', 'MON')");
    long assessed = entry("clerk-old", "assess", "Assessment", "LAC/2025/P-0001", null, "{}");
    long designated =
        entry(
            "citizen",
            "correct",
            "Designation",
            "LAC/2025/P-0001",
            "{\"shares\":[{\"recipient\":\"commons-of-code\",\"basisPoints\":10000}]}",
            "{\"shares\":[{\"recipient\":\"ocean-care\",\"basisPoints\":10000}]}");
    long affiliated =
        entry(
            "citizen",
            "affiliate",
            "Affiliation",
            "P-0001",
            "[]",
            "[{\"organization\":\"ocean-care\"}]");
    long moved = entry("clerk-old", "move-in", "Person", "P-0001", "{}", "{}");
    long listed =
        entry("clerk-old", "read", "Designation", "MON/2025/not-counting", null, "[\"P-0001\"]");
    long imported = entry("clerk-old", "import", "Designation", "MON/2025", null, "{\"rows\":1}");
    long policy = entry("policy", "schedule", "CantonPolicy", "RIV/2030", null, "{}");
    long finding =
        entry("policy", "justify", "Finding", "LAC:lac-water:SHOULD_BE_CANTONAL", "{}", "\"x\"");
    long organization = entry("admin", "register", "Organization", "ocean-care", null, "{}");

    Migrations.apply(db.dataSource, true);

    assertScope(assessed, "LAC", "P-0001");
    assertScope(designated, "LAC", "P-0001");
    assertScope(affiliated, null, "P-0001");
    assertScope(moved, "MON", "P-0001");
    assertScope(listed, "MON", null);
    assertScope(imported, "MON", null);
    assertScope(policy, "RIV", null);
    assertScope(finding, "LAC", null);
    assertScope(organization, null, null);
    assertEquals("[null, null]", snapshots(designated), "a designation's shares are blanked");
    assertEquals("[null, null]", snapshots(affiliated), "an affiliation's organizations too");
    assertEquals("[null, {}]", snapshots(assessed), "an assessment keeps its snapshot");
  }

  private long entry(
      String actor, String action, String type, String id, String before, String after)
      throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_entry (recorded_at, actor, action, entity_type, entity_id,"
                    + " before_state, after_state) VALUES (CURRENT_TIMESTAMP, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
      s.setString(1, actor);
      s.setString(2, action);
      s.setString(3, type);
      s.setString(4, id);
      s.setString(5, before);
      s.setString(6, after);
      s.executeUpdate();
      try (var keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void assertScope(long id, String canton, String person) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT canton_code, person_id, entity_id FROM audit_entry WHERE id = " + id)) {
      rs.next();
      String entity = rs.getString(3);
      assertEquals(canton, rs.getString(1), "canton of " + entity);
      if (person == null) {
        assertNull(rs.getString(2), "person of " + entity);
      } else {
        assertEquals(person, rs.getString(2), "person of " + entity);
      }
    }
  }

  private String snapshots(long id) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT before_state, after_state FROM audit_entry WHERE id = " + id)) {
      rs.next();
      return "[" + rs.getString(1) + ", " + rs.getString(2) + "]";
    }
  }

  private void exec(String sql) throws SQLException {
    try (Connection c = db.dataSource.getConnection()) {
      c.createStatement().executeUpdate(sql);
    }
  }
}
