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
import org.confederatio.allocation.AllocationRun;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.sharing.Member;
import org.confederatio.rules.api.sharing.Settlement;
import org.confederatio.time.FiscalCalendar;

/**
 * A body's yearly settlement, run by the administrator: each member's total assessed tax and
 * residents on 31 December from the registers, what the allocation runs in force sent to the body
 * (A12), and the rules module's C2-C6. A draft until published, and until then seen only by the
 * administrator and the members' clerks and policy officers; a published settlement never changes,
 * and one of a body's year is in force ({@link SettlementPublication}).
 */
@Stateless
public class Settlements {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Bodies bodies;
  @Inject private SettlementRecords records;
  @Inject private SettlementPublication publication;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /**
   * A settlement as shown; amounts in currency units. {@code inForce} says whether it is the one
   * that counts for its body and year (A12); a correction names the settlement it {@code replaces},
   * a superseded one what it was {@code replacedBy}. {@code runs} are the allocation runs it took
   * money from (C3), each with its own corrections.
   */
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
      boolean inForce,
      Correction replaces,
      Correction replacedBy,
      List<RunSource> runs,
      List<LineView> lines) {

    View onlyLinesOf(CantonCode canton) {
      return new View(
          id,
          body,
          year,
          state,
          contributions,
          fromAllocations,
          pot,
          everyMemberReachedTarget,
          computedAt,
          publishedAt,
          inForce,
          replaces,
          replacedBy,
          runs,
          lines.stream().filter(l -> l.canton().equals(canton.value())).toList());
    }
  }

  /** The other side of a settlement's correction (A12): which settlement, when and why. */
  public record Correction(long settlement, Instant at, String reason) {}

  /**
   * An allocation run a settlement took money from: the run in force of its canton's year when
   * settled, with its digest, what it replaced and, if corrected since, what replaced it (A12).
   */
  public record RunSource(
      String canton,
      long run,
      String digest,
      String amount,
      boolean inForce,
      AllocationRun.Correction replaces,
      AllocationRun.Correction replacedBy) {}

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
    List<Object[]> sources = fromAllocations(bodyId, year);
    long fromAllocations = sources.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
    Settlement s = Settlement.of(body, members, Money.ofCents(fromAllocations));
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
    for (Object[] source : sources) {
      em.createNativeQuery(
              "INSERT INTO settlement_run (settlement_id, run_id, amount_cents) VALUES (?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, ((Number) source[0]).longValue())
          .setParameter(3, ((Number) source[1]).longValue())
          .executeUpdate();
    }
    View view = records.read(id);
    audit.record(
        caller.username(), "settle", "Settlement", id, AuditScope.confederal(), null, view);
    return view;
  }

  /** Publishes a draft; a correction of the settlement in force needs a reason (A12). */
  public View publish(Caller caller, long id, String reason, Long replaces) {
    view(caller, id);
    return publication.publish(caller, id, reason, replaces);
  }

  /**
   * A settlement as the caller may know it: published ones are public to everyone signed in; a
   * draft exists only for the administrator and the clerks and policy officers of its members.
   */
  public View view(Caller caller, long id) {
    View view = records.read(id);
    if (!visible(caller, view)) {
      throw new NotFound("settlement", id);
    }
    return view;
  }

  private static boolean visible(Caller caller, View view) {
    return !view.state().equals("DRAFT")
        || view.lines().stream().anyMatch(l -> caller.seesDraftsOf(CantonCode.of(l.canton())));
  }

  /**
   * A body's settlements of a year, newest first, as the caller may see them: the published ones,
   * and the drafts only for those who see drafts of one of their members.
   */
  public List<View> ofBody(Caller caller, String body, Integer year) {
    bodies.find(body);
    calendar.requireYearSoFar(year);
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM settlement WHERE body_id = ? AND fiscal_year = ? ORDER BY id DESC")
            .setParameter(1, body)
            .setParameter(2, year)
            .getResultList();
    return ids.stream()
        .map(id -> records.read(((Number) id).longValue()))
        .filter(v -> visible(caller, v))
        .toList();
  }

  /** The settlement in force of a body's year, if any (A12): published, so public. */
  public java.util.Optional<View> inForce(String body, int year) {
    return records.inForce(body, year).map(records::read);
  }

  /** A canton's lines in every settlement in force (A12) it took part in, by year. */
  public List<View> ofCanton(CantonCode canton) {
    return records.inForceOf(canton.value()).stream()
        .map(id -> records.read(id).onlyLinesOf(canton))
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

  /**
   * C3 with A12 — what the allocation run in force of each canton's year sent to the body: each
   * run's id and amount in cents.
   */
  @SuppressWarnings("unchecked")
  private List<Object[]> fromAllocations(String body, int year) {
    return em.createNativeQuery(
            "SELECT r.id, l.amount_cents FROM allocation_line l JOIN allocation_run r"
                + " ON r.id = l.run_id WHERE l.recipient = ? AND r.fiscal_year = ? AND r.in_force = TRUE"
                + " ORDER BY r.id")
        .setParameter(1, body)
        .setParameter(2, year)
        .getResultList();
  }
}
