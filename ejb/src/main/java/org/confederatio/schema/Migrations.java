package org.confederatio.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned migrations to a data source; the same code runs in the server and in the
 * tests.
 */
public final class Migrations {

  /** The schema itself: every deployment gets these. */
  public static final String SCHEMA = "classpath:db/migration";

  /** The living demo confederation: only where demo data is wanted. */
  public static final String DEMO = "classpath:db/demo";

  private Migrations() {}

  public static MigrateResult apply(DataSource dataSource, boolean withDemo) {
    String[] locations = withDemo ? new String[] {SCHEMA, DEMO} : new String[] {SCHEMA};
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(locations)
        // Liberty's class loader (like WebSphere's) lists a resource folder only when it holds a
        // file: each location, and Flyway's default db/callback, has an empty flyway.location
        // marker
        // demo migrations are numbered between schema versions (V1.1 after V1); a database that
        // turns demo on later must still accept them
        .outOfOrder(withDemo)
        .load()
        .migrate();
  }
}
