package org.confederatio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The real migrations on a real embedded Derby. */
class MigrationsTest {

  private final TestDatabase db = new TestDatabase();

  @Test
  void schemaAndDemoApplyOnceAndASecondRunAddsNothing() throws SQLException {
    var first = Migrations.apply(db.dataSource, true);
    assertTrue(first.migrationsExecuted >= 2, "schema and demo migrations ran");
    long cantons = count("canton");
    long organizations = count("organization");

    var second = Migrations.apply(db.dataSource, true);

    assertEquals(0, second.migrationsExecuted);
    assertEquals(3, cantons);
    assertEquals(48, organizations);
    assertEquals(cantons, count("canton"));
    assertEquals(organizations, count("organization"));
  }

  @Test
  void withoutDemoTheSchemaIsEmpty() throws SQLException {
    Migrations.apply(db.dataSource, false);

    assertEquals(0, count("canton"));
    assertEquals(0, count("organization"));
  }

  @Test
  void demoDataCanBeTurnedOnLater() throws SQLException {
    Migrations.apply(db.dataSource, false);
    Migrations.apply(db.dataSource, true);

    assertEquals(3, count("canton"));
    assertEquals(
        4, count("canton_policy"), "the demo policies, though the demo register came after V4");
    assertTrue(count("designation") > 0);
  }

  @Test
  void theDemoPoliciesReplaceTheRollPoliciesCarriedOverByV4() throws SQLException {
    Migrations.apply(db.dataSource, true);

    assertEquals(4, count("canton_policy"));
    assertTrue(count("assessment") > 0);
    assertTrue(
        count(
                "designation WHERE canton_code = 'MON' AND made_on > '2025-06-30' AND fiscal_year = 2025")
            > 0,
        "Montes has late forms for the clerks' list");
    assertTrue(
        count(
                "designation WHERE shares = 'canton:6000 canton:4000' AND fiscal_year = 2025"
                    + " AND MOD(CAST(SUBSTR(person_id, 3) AS INTEGER), 3) = 0")
            > 0,
        "Lacus has a form naming the canton twice");
    assertTrue(count("designation") > 0);
  }

  @Test
  void theDatabaseRefusesAClerkBoundToNoCanton() throws SQLException {
    Migrations.apply(db.dataSource, true);
    try (Connection c = db.dataSource.getConnection();
        var s = c.createStatement()) {
      var error =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "INSERT INTO account (username, password_hash, role, display_name) VALUES ('x', 'h', 'clerk', 'X')"));
      assertTrue(
          error.getMessage().toUpperCase().contains("ACCOUNT_BINDING_CK"), error.getMessage());
    }
  }

  @Test
  void theDatabaseRefusesAnUnknownOrganizationKind() throws SQLException {
    Migrations.apply(db.dataSource, false);
    try (Connection c = db.dataSource.getConnection();
        var s = c.createStatement()) {
      var error =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "INSERT INTO organization (id, name, kind, status) VALUES ('x', 'X', 'CHURCH', 'ACTIVE')"));
      assertTrue(
          error.getMessage().toUpperCase().contains("ORGANIZATION_KIND_CK"), error.getMessage());
    }
  }

  private long count(String table) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
