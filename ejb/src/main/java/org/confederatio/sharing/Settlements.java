package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.money.Money;
import org.confederatio.rules.sharing.Member;
import org.confederatio.rules.sharing.Settlement;
import org.confederatio.schema.NativeValues;
import org.confederatio.time.FiscalCalendar;

/**
 * A body's yearly settlement, run by the administrator: each member's total assessed tax and
 * residents on 31 December from the registers, what published allocation runs sent to the body, and
 * the rules module's C2-C6. A draft until published; a published settlement never changes.
 */
@Stateless
public class Settlements {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Bodies bodies;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /** A settlement as shown; amounts in currency units. */
  public record View(
      long id,
      String body,
      int year,
      String state,
      String contributions,
      String fromAllocations,
      String pot,
      boolean everyMemberReachedTarget,
      Instant computedAt,
      Instant publishedAt,
      List<LineView> lines) {}

  /** One member's line (C6). */
  public record LineView(
      String canton,
      String tax,
      long residents,
      String perCapita,
      String contribution,
      String received,
      String net,
      String afterPercentOfMean,
      boolean reachedTarget) {}

  public View settle(Caller caller, String bodyId, Integer year) {
    caller.require(Role.ADMIN);
    calendar.requireYearSoFar(year);
    var body = bodies.rules(bodyId);
    List<Bodies.MembershipView> memberships = bodies.membersIn(bodyId, year);
    if (memberships.isEmpty()) {
      throw new Conflict(bodyId + " had no members in " + year + "; there is nothing to settle.");
    }
    List<Member> members = new ArrayList<>();
    for (Bodies.MembershipView m : memberships) {
      CantonCode canton = CantonCode.of(m.canton());
      long residents = residents(canton, LocalDate.of(year, 12, 31));
      if (residents == 0) {
        throw new Conflict(
            "Canton "
                + canton
                + " had no residents on 31 December "
                + year
                + ", so its per-capita resources cannot be computed; correct its register before settling.");
      }
      members.add(
          new Member(
              canton, new BigDecimal(m.rate()), Money.ofCents(tax(canton, year)), residents));
    }
    Settlement s = Settlement.of(body, members, Money.ofCents(fromAllocations(bodyId, year)));
    em.createNativeQuery(
            "INSERT INTO settlement (body_id, fiscal_year, state, contributions_cents,"
                + " from_allocations_cents, pot_cents, every_member_reached, computed_at, computed_by)"
                + " VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?)")
        .setParameter(1, bodyId)
        .setParameter(2, year)
        .setParameter(3, s.contributions().cents())
        .setParameter(4, s.fromAllocations().cents())
        .setParameter(5, s.pot().cents())
        .setParameter(6, s.everyMemberReachedTarget())
        .setParameter(7, Timestamp.from(calendar.now()))
        .setParameter(8, caller.username())
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery(
                        "SELECT MAX(id) FROM settlement WHERE body_id = ? AND fiscal_year = ?")
                    .setParameter(1, bodyId)
                    .setParameter(2, year)
                    .getSingleResult())
            .longValue();
    for (Settlement.Line l : s.lines()) {
      em.createNativeQuery(
              "INSERT INTO settlement_line (settlement_id, canton_code, tax_cents, residents, per_capita,"
                  + " contribution_cents, received_cents, net, after_percent, reached_target)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, l.canton().value())
          .setParameter(3, l.tax().cents())
          .setParameter(4, l.residents())
          .setParameter(5, l.perCapita().toPlainString())
          .setParameter(6, l.contribution().cents())
          .setParameter(7, l.received().cents())
          .setParameter(8, l.net().toPlainString())
          .setParameter(9, l.afterPercentOfMean().toPlainString())
          .setParameter(10, l.reachedTarget())
          .executeUpdate();
    }
    View view = view(id);
    audit.record(
        caller.username(), "settle", "Settlement", id, AuditScope.confederal(), null, view);
    return view;
  }

  public View publish(Caller caller, long id) {
    caller.require(Role.ADMIN);
    View before = view(id);
    if (!before.state().equals("DRAFT")) {
      throw new Conflict(
          "Settlement " + id + " is published already; a published settlement never changes.");
    }
    em.createNativeQuery(
            "UPDATE settlement SET state = 'PUBLISHED', published_at = ?, published_by = ? WHERE id = ?")
        .setParameter(1, Timestamp.from(calendar.now()))
        .setParameter(2, caller.username())
        .setParameter(3, id)
        .executeUpdate();
    View after = view(id);
    audit.record(
        caller.username(), "publish", "Settlement", id, AuditScope.confederal(), before, after);
    return after;
  }

  public View view(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em.createNativeQuery(
                "SELECT body_id, fiscal_year, state, contributions_cents,"
                    + " from_allocations_cents, pot_cents, every_member_reached, computed_at, published_at FROM settlement"
                    + " WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    if (head.isEmpty()) {
      throw new NotFound("settlement", id);
    }
    Object[] h = head.get(0);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT canton_code, tax_cents, residents, per_capita,"
                    + " contribution_cents, received_cents, net, after_percent, reached_target FROM settlement_line"
                    + " WHERE settlement_id = ? ORDER BY canton_code")
            .setParameter(1, id)
            .getResultList();
    List<LineView> lines =
        rows.stream()
            .map(
                r ->
                    new LineView(
                        (String) r[0],
                        cents(r[1]),
                        ((Number) r[2]).longValue(),
                        (String) r[3],
                        cents(r[4]),
                        cents(r[5]),
                        (String) r[6],
                        (String) r[7],
                        NativeValues.bool(r[8])))
            .toList();
    return new View(
        id,
        (String) h[0],
        ((Number) h[1]).intValue(),
        (String) h[2],
        cents(h[3]),
        cents(h[4]),
        cents(h[5]),
        NativeValues.bool(h[6]),
        ((Timestamp) h[7]).toInstant(),
        h[8] == null ? null : ((Timestamp) h[8]).toInstant(),
        lines);
  }

  /** A canton's lines in every published settlement, by year: what it paid and received. */
  public List<View> ofCanton(CantonCode canton) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT s.id FROM settlement s JOIN settlement_line l"
                    + " ON l.settlement_id = s.id WHERE l.canton_code = ? AND s.state = 'PUBLISHED' ORDER BY s.fiscal_year, s.id")
            .setParameter(1, canton.value())
            .getResultList();
    return ids.stream()
        .map(i -> view(((Number) i).longValue()))
        .map(
            v ->
                new View(
                    v.id(),
                    v.body(),
                    v.year(),
                    v.state(),
                    v.contributions(),
                    v.fromAllocations(),
                    v.pot(),
                    v.everyMemberReachedTarget(),
                    v.computedAt(),
                    v.publishedAt(),
                    v.lines().stream().filter(l -> l.canton().equals(canton.value())).toList()))
        .toList();
  }

  private long tax(CantonCode canton, int year) {
    Object sum =
        em.createNativeQuery(
                "SELECT SUM(tax_cents) FROM assessment WHERE canton_code = ? AND fiscal_year = ?")
            .setParameter(1, canton.value())
            .setParameter(2, year)
            .getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  private long residents(CantonCode canton, LocalDate day) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(DISTINCT r.person_id) FROM residence_period r JOIN person p"
                        + " ON p.id = r.person_id WHERE r.canton_code = ? AND r.starts_on <= ? AND (r.ends_on IS NULL OR"
                        + " r.ends_on >= ?) AND (p.died IS NULL OR p.died > ?)")
                .setParameter(1, canton.value())
                .setParameter(2, Date.valueOf(day))
                .setParameter(3, Date.valueOf(day))
                .setParameter(4, Date.valueOf(day))
                .getSingleResult())
        .longValue();
  }

  /** C3 — what the latest published allocation run of each canton sent to the body for the year. */
  private long fromAllocations(String body, int year) {
    Object sum =
        em.createNativeQuery(
                "SELECT SUM(l.amount_cents) FROM allocation_line l JOIN allocation_run r"
                    + " ON r.id = l.run_id WHERE l.recipient = ? AND r.fiscal_year = ? AND r.state = 'PUBLISHED'"
                    + " AND r.id = (SELECT MAX(p.id) FROM allocation_run p WHERE p.canton_code = r.canton_code"
                    + " AND p.fiscal_year = r.fiscal_year AND p.state = 'PUBLISHED')")
            .setParameter(1, body)
            .setParameter(2, year)
            .getSingleResult();
    return sum == null ? 0 : ((Number) sum).longValue();
  }

  private static String cents(Object value) {
    return Money.ofCents(((Number) value).longValue()).toString();
  }
}
