package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.roll.RollPage;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a roll is computed once and its later pages are read from the stored roll (issue
 * 17), and a change to the register is on the next page, never a stale stored roll. The stored
 * entries are altered behind the application's back to tell a stored page from a computed one.
 */
@ExtendWith(ArquillianExtension.class)
class StoredRollIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("stored-roll-it.war").addClasses(StoredRollIT.class, InServer.class);
  }

  @Inject private ResidenceRegister register;
  @Inject private Rolls rolls;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource db;

  private static final LocalDate MARKED = LocalDate.of(1901, 1, 1);

  private CantonCode canton;
  private Caller clerk;
  private LocalDate today;

  @BeforeEach
  void aCantonOfItsOwn() {
    canton =
        InServer.foundedCanton(
            cantons, policies, callers.byUsername("admin"), calendar.currentYear(), "12-31");
    clerk = InServer.official(Role.CLERK, canton);
    today = calendar.today();
  }

  private String registered(LocalDate since) {
    String id = "S-" + UUID.randomUUID().toString().substring(0, 13);
    register.register(
        clerk,
        canton,
        new ResidenceRegister.NewPerson(
            id, "Stored Roll", LocalDate.of(1980, 1, 1), since, "IT", null));
    return id;
  }

  /** The stored roll of the canton and day once it is written; the test fails if it never is. */
  private long stored(LocalDate day) throws SQLException, InterruptedException {
    for (int i = 0; i < 600; i++) {
      try (Connection c = db.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT r.id FROM stored_roll r JOIN roll_stamp t ON t.canton_code ="
                      + " r.canton_code WHERE r.canton_code = ? AND r.roll_date = ?"
                      + " AND r.stamp = t.version AND r.stored_at IS NOT NULL")) {
        s.setString(1, canton.value());
        s.setDate(2, Date.valueOf(day));
        try (ResultSet rows = s.executeQuery()) {
          if (rows.next()) {
            return rows.getLong(1);
          }
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the roll of " + canton + " on " + day + " was never stored");
  }

  /** Marks every stored entry with a date no computation gives, so that a read shows its source. */
  private void mark(long roll) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("UPDATE stored_roll_entry SET reason_date = ? WHERE roll_id = ?")) {
      s.setDate(1, Date.valueOf(MARKED));
      s.setLong(2, roll);
      assertTrue(s.executeUpdate() > 0);
    }
  }

  private RollPage page(LocalDate day, int page, int size) {
    return rolls.page(clerk, canton, day, page, size);
  }

  private static Optional<RollEntry> entryOf(RollPage page, String person) {
    return page.entries().stream().filter(e -> e.personId().equals(person)).findFirst();
  }

  @Test
  void aLaterPageIsReadFromTheStoredRollWithTheWholeRollsCounts() throws Exception {
    registered(LocalDate.of(2015, 1, 1));
    registered(LocalDate.of(2015, 1, 1));
    registered(today.minusMonths(1));

    RollPage first = page(today, 0, 2);
    mark(stored(today));
    RollPage second = page(today, 1, 2);

    assertEquals(3, first.considered());
    assertEquals(2, first.entries().size());
    assertEquals(1, second.entries().size());
    assertEquals(MARKED, second.entries().get(0).date(), "read from the stored roll");
    assertEquals(first.byReason(), second.byReason());
    assertEquals(2L, second.eligible());
    assertEquals(1L, second.byReason().get(Reason.RESIDENCE_TOO_SHORT));
  }

  @Test
  void aRegistrationIsOnTheNextPageNotTheStoredRoll() throws Exception {
    registered(LocalDate.of(2015, 1, 1));
    page(today, 0, 100);
    mark(stored(today));

    String arrived = registered(LocalDate.of(2016, 1, 1));
    RollPage next = page(today, 0, 100);

    assertEquals(2, next.considered());
    assertEquals(Reason.ELIGIBLE, entryOf(next, arrived).orElseThrow().reason());
    assertTrue(next.entries().stream().noneMatch(e -> e.date().equals(MARKED)), "recomputed");
  }

  @Test
  void aMoveAwayIsOnTheNextPage() throws Exception {
    String leaving = registered(LocalDate.of(2015, 1, 1));
    assertEquals(Reason.ELIGIBLE, entryOf(page(today, 0, 100), leaving).orElseThrow().reason());
    stored(today);

    register.move(clerk, PersonId.of(leaving), Optional.empty(), today, Optional.empty());

    RollEntry after = entryOf(page(today, 0, 100), leaving).orElseThrow();
    assertEquals(Reason.NOT_RESIDENT, after.reason());
    assertEquals(today, after.date());
  }

  @Test
  void aMoveLeavesTheStoredRollsOfEarlierDaysInUse() throws Exception {
    String leaving = registered(LocalDate.of(2015, 1, 1));
    LocalDate earlier = today.minusDays(10);
    page(earlier, 0, 100);
    mark(stored(earlier));

    register.move(clerk, PersonId.of(leaving), Optional.empty(), today, Optional.empty());

    // a move today changes no outcome of ten days ago: that roll is still read as stored
    assertEquals(MARKED, entryOf(page(earlier, 0, 100), leaving).orElseThrow().date());
    assertEquals(Reason.NOT_RESIDENT, entryOf(page(today, 0, 100), leaving).orElseThrow().reason());
  }
}
