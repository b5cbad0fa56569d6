package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.subsidiarity.ReviewTrend;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, on a canton of the test's own (its findings come from the confederation's
 * functions, which it did not delegate): reading the review stores nothing; a justification, and
 * the daily job, record the trend; the latest justification of a finding counts (S4).
 */
@ExtendWith(ArquillianExtension.class)
class SubsidiaritySideEffectsIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("subsidiarity-side-effects-it.war")
        .addClasses(SubsidiaritySideEffectsIT.class, InServer.class, MovableClock.class);
  }

  @Inject private SubsidiarityReviews reviews;
  @Inject private ReviewTrend trend;
  @Inject private CantonRegistry cantons;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private MovableClock clock;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @AfterEach
  void backToToday() {
    clock.reset();
  }

  private CantonCode canton() {
    StringBuilder code = new StringBuilder("S");
    java.util.Random random = new java.security.SecureRandom();
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    cantons.register(
        callers.byUsername("admin"),
        new CantonRegistry.NewCanton(code.toString(), "Canton " + code));
    return CantonCode.of(code.toString());
  }

  private static Caller policyOfficer(CantonCode canton) {
    return new Caller(
        "policy-" + canton,
        Role.POLICY,
        "Policy officer of " + canton,
        Optional.of(canton),
        Optional.empty(),
        Optional.empty());
  }

  /** Every row the review and its trend could write for the canton, by table. */
  private Map<String, Long> rows(CantonCode canton) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : new String[] {"review_day", "review_finding_seen", "justification"}) {
      rows.put(table, count("SELECT COUNT(*) FROM " + table + " WHERE canton_code = ?", canton));
    }
    rows.put(
        "audit_entry",
        count("SELECT COUNT(*) FROM audit_entry WHERE entity_id LIKE ? || '%'", canton));
    return rows;
  }

  private long count(String sql, CantonCode canton) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, canton.value());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private String openFinding(CantonCode canton) {
    return reviews.review(policyOfficer(canton), canton).findings().stream()
        .filter(f -> f.status().name().equals("OPEN"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the confederation's functions give findings"))
        .id();
  }

  private SubsidiarityReviews.FindingView finding(CantonCode canton, String id) {
    return reviews.review(policyOfficer(canton), canton).findings().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void readingTheReviewItsFilesAndItsDashboardTenTimesStoresNothing() throws Exception {
    CantonCode canton = canton();
    Caller policy = policyOfficer(canton);
    Caller citizen = callers.byUsername("citizen");
    Map<String, Long> before = rows(canton);

    for (int i = 0; i < 10; i++) {
      // the files (CSV, PDF) are worded in the web module from this review, without the database
      reviews.review(i % 2 == 0 ? policy : citizen, canton);
      reviews.dashboard(policy, canton);
    }

    assertEquals(before, rows(canton), "GETs change nothing");
    var dashboard = reviews.dashboard(policy, canton);
    assertEquals(1, dashboard.trend().size(), "today, computed, not stored");
    assertTrue(dashboard.open() > 0, dashboard.toString());
  }

  @Test
  void aJustificationRecordsTheTrendAndTheDailyJobRecordsADayWithoutChanges() throws Exception {
    CantonCode canton = canton();
    Caller policy = policyOfficer(canton);
    String finding = openFinding(canton);
    long open = reviews.dashboard(policy, canton).open();

    reviews.justify(policy, finding, "Needs uniform regulation", calendar.today().plusDays(30));

    Map<String, Long> after = rows(canton);
    assertEquals(1, after.get("justification"));
    assertEquals(1, after.get("review_day"), "the change recorded today's counts");
    var recorded = reviews.dashboard(policy, canton);
    assertEquals(open - 1, recorded.open());
    assertEquals(1, recorded.justified());

    clock.advance(Duration.ofDays(1));
    trend.record(canton); // what the daily job does for each canton
    assertEquals(2, rows(canton).get("review_day"));
    assertEquals(2, reviews.dashboard(policy, canton).trend().size());
  }

  @Test
  void theLatestJustificationOfAFindingCountsAndTheEarlierOnesAreItsHistory() {
    CantonCode canton = canton();
    Caller policy = policyOfficer(canton);
    String finding = openFinding(canton);

    reviews.justify(
        policy, finding, "Uniform regulation for ten years", calendar.today().plusYears(10));
    var latest =
        reviews.justify(
            policy, finding, "Until the new law in a week", calendar.today().plusDays(7));

    assertEquals("Until the new law in a week", latest.justification());
    assertEquals(calendar.today().plusDays(7), latest.justifiedUntil());
    assertEquals(2, latest.history().size());
    assertTrue(latest.history().get(0).counts());
    assertEquals("Until the new law in a week", latest.history().get(0).reason());
    assertFalse(latest.history().get(1).counts());
    assertEquals("Uniform regulation for ten years", latest.history().get(1).reason());

    clock.advance(Duration.ofDays(8));

    var expired = finding(canton, finding);
    assertEquals(
        "OPEN", expired.status().name(), "the latest expired; the earlier, longer one is history");
    assertEquals(2, expired.history().size());
  }
}
