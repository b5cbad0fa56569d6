package org.confederatio.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned migrations to a data source; the same code runs in the server and in the
 * tests. Each set is one portable folder ({@code common}) plus one folder per database for what
 * must differ ({@code derby}, {@code postgresql}): a version that differs exists once in every
 * vendor folder and never in {@code common}, so that no entity's mapping depends on the database.
 */
public final class Migrations {

  /** The schema itself: every deployment gets these. */
  static final String SCHEMA = "classpath:db/migration/";

  /** The living demo confederation: only where demo data is wanted. */
  static final String DEMO = "classpath:db/demo/";

  private Migrations() {}

  public static MigrateResult apply(DataSource dataSource, boolean withDemo) {
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations(vendor(dataSource), withDemo))
        // Liberty's class loader (like WebSphere's) lists a resource folder only when it holds a
        // file: each location, and Flyway's default db/callback, has an empty flyway.location
        // marker
        // demo migrations are numbered between schema versions (V1.1 after V1); a database that
        // turns demo on later must still accept them
        .outOfOrder(withDemo)
        .load()
        .migrate();
  }

  /**
   * The folders for {@code vendor} ({@code derby} or {@code postgresql}). Flyway's own {@code
   * {vendor}} placeholder is not used: Liberty's class loader cannot list a folder whose name
   * Flyway resolves only later.
   */
  public static String[] locations(String vendor, boolean withDemo) {
    List<String> locations = new ArrayList<>(List.of(SCHEMA + "common", SCHEMA + vendor));
    if (withDemo) {
      locations.addAll(List.of(DEMO + "common", DEMO + vendor));
    }
    return locations.toArray(String[]::new);
  }

  /** The vendor folder for the database behind {@code dataSource}. */
  static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return vendor(c);
    } catch (SQLException e) {
      throw new IllegalStateException("the database cannot be reached", e);
    }
  }

  /** The vendor of the database behind {@code c}: {@code derby} or {@code postgresql}. */
  static String vendor(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("derby")) {
      return "derby";
    }
    if (product.contains("postgresql")) {
      return "postgresql";
    }
    throw new IllegalStateException("no migrations for " + product + ": Derby or PostgreSQL");
  }
}
