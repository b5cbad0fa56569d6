package org.confederatio.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.confederatio.demo.DemoLogins;
import org.confederatio.importing.ImportJobs;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database up to date before the application serves anything: migrations first, then (on
 * a demo server) the demo logins. Both are idempotent, so every start may run them.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartUp {

  private static final Logger LOG = Logger.getLogger(StartUp.class.getName());

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "confederatio.demo", defaultValue = "false")
  private boolean demo;

  @Inject private DemoLogins demoLogins;
  @Inject private ImportJobs imports;

  @PostConstruct
  void migrate() {
    MigrateResult result = Migrations.apply(dataSource, demo);
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    // before any import of this start can run, so that only the imports the end cut off are marked
    imports.interruptLeftOver();
    if (demo) {
      demoLogins.ensure();
    }
  }
}
