package org.confederatio.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.RollbackException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies, memberships and settlements on the migrated schema: EclipseLink reads and writes them on
 * Derby with their value types, and V12 keeps the exact figures of lines settled before it.
 */
class SharingEntitiesTest {

  private static final OrganizationId SOLIDARITY = OrganizationId.of("solidarity-fund");
  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  private final TestDatabase db = new TestDatabase();
  private EntityManagerFactory emf;
  private EntityManager em;

  private void open() {
    emf = db.entityManagerFactory();
    em = emf.createEntityManager();
  }

  @AfterEach
  void close() {
    if (em != null) {
      em.close();
      emf.close();
    }
  }

  private List<Membership> memberships(OrganizationId body) {
    return em.createNamedQuery(Membership.OF_BODY, Membership.class)
        .setParameter("body", body)
        .getResultList();
  }

  private Settlement settle(FiscalYear year) {
    ConfederalBody body = em.find(ConfederalBody.class, SOLIDARITY.value());
    var computed =
        org.confederatio.rules.api.sharing.Settlement.of(
            body.rules(),
            memberships(SOLIDARITY).stream()
                .filter(m -> m.covers(year))
                .map(m -> m.asMember(Money.ofCents(100_000_00), 1000))
                .toList(),
            Money.ofCents(1234));
    Settlement s = new Settlement(year, computed, List.of(), "admin", AT);
    em.getTransaction().begin();
    em.persist(s);
    em.getTransaction().commit();
    return s;
  }

  @Test
  void theDemoBodyReadsBackWithItsMembersAndAMembershipIsLeftAfterAYear() {
    Migrations.apply(db.dataSource, true);
    open();
    ConfederalBody body = em.find(ConfederalBody.class, SOLIDARITY.value());
    assertEquals(new BigDecimal("86.5"), body.rules().targetPercent());
    assertEquals("0.001", body.rules().minRate().toPlainString(), "as typed, not to the scale");
    List<Membership> members = memberships(SOLIDARITY);
    assertEquals(List.of("LAC", "MON"), members.stream().map(m -> m.canton().value()).toList());
    Membership lacus = members.get(0);
    assertTrue(lacus.covers(FiscalYear.of(2024)));
    assertFalse(lacus.covers(FiscalYear.of(2023)));

    assertThrows(Invalid.class, () -> lacus.leaveAfter(FiscalYear.of(2023)));
    em.getTransaction().begin();
    lacus.leaveAfter(FiscalYear.of(2030));
    em.getTransaction().commit();
    em.clear();
    Membership left = memberships(SOLIDARITY).get(0);
    assertFalse(left.open());
    assertFalse(left.covers(FiscalYear.of(2031)));
    assertEquals(Integer.valueOf(2030), left.view().untilYear());
  }

  @Test
  void aSettlementKeepsItsLinesAndIsPublishedOnceAndInForceByItsBodyAndYear() {
    Migrations.apply(db.dataSource, true);
    open();
    FiscalYear year = FiscalYear.of(2025);
    Settlement draft = settle(year);
    em.clear();

    Settlement read = em.find(Settlement.class, draft.id());
    Settlements.View view = read.view(null, List.of());
    assertEquals("DRAFT", view.state());
    assertEquals(List.of("LAC", "MON"), view.lines().stream().map(l -> l.canton()).toList());
    assertEquals("12.34", view.fromAllocations());
    Settlements.LineView lacus = view.lines().get(0);
    assertEquals("100000.00", lacus.tax());
    assertEquals("100.00", lacus.perCapita());
    assertEquals(
        new BigDecimal(lacus.received()).subtract(new BigDecimal(lacus.contribution())),
        new BigDecimal(lacus.net()));

    em.getTransaction().begin();
    read.publish("admin", AT);
    em.getTransaction().commit();
    assertThrows(Conflict.class, () -> read.publish("admin", AT), "published once");
    Settlement inForce =
        em.createQuery(
                "SELECT s FROM Settlement s WHERE s.body = :body AND s.year = :year"
                    + " AND s.standing.inForce = TRUE",
                Settlement.class)
            .setParameter("body", SOLIDARITY)
            .setParameter("year", year)
            .getSingleResult();
    assertEquals(draft.id(), inForce.id());

    Settlement twin = settle(year);
    em.getTransaction().begin();
    twin.publish("admin", AT);
    assertThrows(RollbackException.class, () -> em.getTransaction().commit(), "V10's key");
  }

  @Test
  void aPublicationThatRacedAnotherChangesNothing() {
    Migrations.apply(db.dataSource, true);
    open();
    long id = settle(FiscalYear.of(2025)).id();
    EntityManager other = emf.createEntityManager();
    Settlement seenByOther = other.find(Settlement.class, id);
    em.getTransaction().begin();
    em.find(Settlement.class, id).publish("admin", AT);
    em.getTransaction().commit();

    other.getTransaction().begin();
    seenByOther.publish("other", AT.plus(1, ChronoUnit.MINUTES));
    assertThrows(RollbackException.class, () -> other.getTransaction().commit(), "its version");
    other.close();
  }

  @Test
  void v12KeepsTheExactFiguresOfLinesSettledBefore() throws SQLException {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(db.dataSource)
        .locations(Migrations.locations("derby", true))
        .outOfOrder(true)
        .target("11")
        .load()
        .migrate();
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO settlement (body_id, fiscal_year, state, contributions_cents,"
              + " from_allocations_cents, pot_cents, every_member_reached, computed_at, computed_by)"
              + " VALUES ('solidarity-fund', 2024, 'DRAFT', 1000, 0, 1000, TRUE,"
              + " TIMESTAMP('2025-01-01 10:00:00'), 'admin')");
      s.executeUpdate(
          "INSERT INTO settlement_line (settlement_id, canton_code, tax_cents, residents,"
              + " per_capita, contribution_cents, received_cents, net, after_percent,"
              + " reached_target) VALUES"
              + " ((SELECT MAX(id) FROM settlement), 'LAC', 123450, 100, '1234.50', 1230, 0,"
              + " '-12.30', '86.50', TRUE),"
              + " ((SELECT MAX(id) FROM settlement), 'MON', 0, 3, '0.00', 0, 1230, '12.30',"
              + " '1234567.89', FALSE)");
    }
    Migrations.apply(db.dataSource, true);
    open();
    Settlement settled =
        em.createQuery("SELECT s FROM Settlement s", Settlement.class).getSingleResult();
    List<Settlements.LineView> lines = settled.view(null, List.of()).lines();
    assertEquals("1234.50", lines.get(0).perCapita());
    assertEquals("-12.30", lines.get(0).net());
    assertEquals("86.50", lines.get(0).afterPercentOfMean());
    assertEquals("0.00", lines.get(1).perCapita());
    assertEquals("12.30", lines.get(1).net());
    assertEquals("1234567.89", lines.get(1).afterPercentOfMean());
    assertEquals(CantonCode.of("MON"), CantonCode.of(lines.get(1).canton()));
  }
}
