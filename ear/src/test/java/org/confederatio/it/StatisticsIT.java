package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.RegisterImport;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, on PostgreSQL: a bulk register import tells the planner what it wrote before it
 * reads it back (schema.Statistics), a small one leaves that to autovacuum. Without it, an import
 * of 100,000 people into a canton the statistics knew as empty checked each 500 of them by scanning
 * the whole canton (issue 17). On Derby, whose queries carry their plans as hints, the imports only
 * have to work.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  private static final String HEADER =
      "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n";

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("statistics-it.war").addClasses(StatisticsIT.class, InServer.class);
  }

  @Inject private RegisterImport imports;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource db;

  @Test
  void aBulkRegisterImportAnalyzesThePeopleItWroteASmallOneDoesNot() throws SQLException {
    CantonCode canton =
        InServer.foundedCanton(
            cantons, policies, callers.byUsername("admin"), calendar.currentYear(), "12-31");
    Caller clerk = InServer.official(Role.CLERK, canton);
    // Derby plans these queries by their hints and has no pg_stat_user_tables: there the imports
    // must simply work (an assumption would abort the test inside the server as an error)
    boolean postgresql = postgresql();

    Timestamp before = postgresql ? analyzed("residence_period") : null;
    assertEquals(10, imports.run(clerk, canton, file(10)).peopleAdded());
    if (postgresql) {
      assertEquals(before, analyzed("residence_period"), "ten people are autovacuum's to notice");
    }

    assertEquals(10_000, imports.run(clerk, canton, file(10_000)).peopleAdded());
    if (postgresql) {
      for (String table : List.of("residence_period", "person")) {
        Timestamp after = analyzed(table);
        assertNotNull(after, table + " analyzed by the import");
        assertTrue(before == null || after.after(before), table + ": " + before + ", " + after);
      }
    }
  }

  private String file(int people) {
    String batch = UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < people; i++) {
      csv.append("ST-")
          .append(batch)
          .append('-')
          .append(i)
          .append(",Person ")
          .append(i)
          .append(",1980-01-01,2010-01-01,,,,\n");
    }
    return csv.toString();
  }

  private boolean postgresql() throws SQLException {
    try (Connection c = db.getConnection()) {
      return c.getMetaData()
          .getDatabaseProductName()
          .toLowerCase(Locale.ROOT)
          .contains("postgresql");
    }
  }

  /** When {@code table} was last analyzed by an ANALYZE statement (not autovacuum's). */
  private Timestamp analyzed(String table) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = ?")) {
      s.setString(1, table);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getTimestamp(1) : null;
      }
    }
  }
}
