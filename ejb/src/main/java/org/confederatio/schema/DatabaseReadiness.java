package org.confederatio.schema;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers a query: a server without its database must not take
 * traffic. A query on a table of the schema, not only a live connection: an embedded Derby always
 * hands out a connection, and PostgreSQL's may come from the pool after the server went away.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    try (Connection connection = dataSource.getConnection();
        Statement query = connection.createStatement()) {
      query.setQueryTimeout(5);
      try (ResultSet cantons = query.executeQuery("SELECT COUNT(*) FROM canton")) {
        cantons.next();
        return HealthCheckResponse.named("database")
            .up()
            .withData("product", connection.getMetaData().getDatabaseProductName())
            .build();
      }
    } catch (SQLException e) {
      return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
    }
  }
}
