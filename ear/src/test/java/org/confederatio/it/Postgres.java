package org.confederatio.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL the build uses (scripts/postgresql starts it), for tests that need a database of
 * their own: a second instance's, a restored backup's.
 */
final class Postgres {

  private Postgres() {}

  /** A connection to {@code database} as the tests' role. */
  static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://"
            + System.getProperty("test.pg.host", "localhost")
            + ":"
            + System.getProperty("test.pg.port", "5432")
            + "/"
            + checked(database),
        System.getProperty("test.pg.user", "confederatio"),
        System.getProperty("test.pg.password", "confederatio"));
  }

  /**
   * {@code database} empty, dropped first if it exists (closing its connections), with the same
   * linguistic collation as the suite's database (ear/pom.xml, it-pg-database).
   */
  static void recreate(String database) {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + checked(database) + " WITH (FORCE)");
      s.execute(
          "CREATE DATABASE "
              + database
              + " TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US'"
              + " LOCALE 'C.UTF-8'");
    } catch (SQLException e) {
      throw new IllegalStateException("recreating the database " + database + " failed", e);
    }
  }

  /** Database names go into SQL unquoted: only lower-case letters, digits and '_'. */
  private static String checked(String database) {
    if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
      throw new IllegalArgumentException("a database name of a-z, 0-9 and '_': " + database);
    }
    return database;
  }
}
