package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.confederatio.demo.DemoLogins;
import org.confederatio.schema.Migrations;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: start-up work is idempotent, so a restart adds nothing. */
@ExtendWith(ArquillianExtension.class)
class StartUpIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("start-up-it.war").addClasses(StartUpIT.class, InServer.class);
  }

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject private DemoLogins demoLogins;

  @Test
  void migratingAgainAppliesNothing() {
    assertEquals(0, Migrations.apply(dataSource, true).migrationsExecuted);
  }

  @Test
  void seedingAgainAddsNoLogin() throws SQLException {
    long before = accounts();

    demoLogins.ensure();

    assertEquals(before, accounts());
    // the eight demo logins; tests add logins of their own, so the table may hold more
    assertEquals(
        8,
        count(
            "SELECT COUNT(*) FROM account WHERE username IN ('admin', 'clerk', 'policy', 'citizen',"
                + " 'foundation', 'clerk-montes', 'policy-montes', 'foundation-oceans')"));
  }

  private long accounts() throws SQLException {
    return count("SELECT COUNT(*) FROM account");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
