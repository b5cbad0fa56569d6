package org.confederatio.schema;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** A fresh embedded Derby database under target/derby, for persistence tests outside the server. */
public final class TestDatabase {

  final String name;
  public final EmbeddedDataSource dataSource = new EmbeddedDataSource();

  public TestDatabase() {
    this("test-" + UUID.randomUUID());
  }

  /** A database by name (under derby.system.home), created if it does not exist. */
  public TestDatabase(String name) {
    this.name = name;
    dataSource.setDatabaseName(name);
    dataSource.setCreateDatabase("create");
  }

  /**
   * The application's own persistence unit, switched from the server's JTA data source to this
   * database.
   */
  public EntityManagerFactory entityManagerFactory() {
    return Persistence.createEntityManagerFactory(
        "confederatio",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", "",
            "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver",
            "jakarta.persistence.jdbc.url", "jdbc:derby:" + name));
  }
}
