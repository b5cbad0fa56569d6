package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.RunLedger;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.sharing.Member;
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
  @Inject private RunLedger ledger;

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

  public View settle(Caller caller, OrganizationId bodyId, FiscalYear year) {
    caller.require(Role.ADMIN);
    calendar.requireYearSoFar(year);
    var body = bodies.rules(bodyId);
    List<Membership> memberships = bodies.membershipsIn(bodyId, year);
    if (memberships.isEmpty()) {
      throw new Conflict(bodyId + " had no members in " + year + "; there is nothing to settle.");
    }
    List<Member> members = new ArrayList<>();
    for (Membership m : memberships) {
      CantonCode canton = m.canton();
      long residents = residents(canton, LocalDate.of(year.value(), 12, 31));
      if (residents == 0) {
        throw new Conflict(
            "Canton "
                + canton
                + " had no residents on 31 December "
                + year
                + ", so its per-capita resources cannot be computed; correct its register before settling.");
      }
      members.add(m.asMember(tax(canton, year), residents));
    }
    List<RunShare> sources = fromAllocations(bodyId, year);
    long fromAllocations = sources.stream().mapToLong(r -> r.amount().cents()).sum();
    var computed =
        org.confederatio.rules.api.sharing.Settlement.of(
            body, members, Money.ofCents(fromAllocations));
    Settlement settlement =
        new Settlement(year, computed, sources, caller.username(), calendar.now());
    em.persist(settlement);
    // the id is the one the database gave this row, never the largest of the body's year
    em.flush();
    View view = records.read(settlement);
    audit.record(
        caller.username(),
        "settle",
        "Settlement",
        settlement.id(),
        AuditScope.confederal(),
        null,
        view);
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
    return !view.state().equals(Settlement.State.DRAFT.name())
        || view.lines().stream().anyMatch(l -> caller.seesDraftsOf(CantonCode.of(l.canton())));
  }

  /**
   * A body's settlements of a year, newest first, as the caller may see them: the published ones,
   * and the drafts only for those who see drafts of one of their members.
   */
  public List<View> ofBody(Caller caller, OrganizationId body, FiscalYear year) {
    bodies.find(body);
    calendar.requireYearSoFar(year);
    return records.of(body, year).stream()
        .map(records::read)
        .filter(v -> visible(caller, v))
        .toList();
  }

  /** The settlement in force of a body's year, if any (A12): published, so public. */
  public Optional<View> inForce(OrganizationId body, FiscalYear year) {
    return records.inForce(body, year).map(records::read);
  }

  /** A canton's lines in every settlement in force (A12) it took part in, by year. */
  public List<View> ofCanton(CantonCode canton) {
    return records.inForceOf(canton).stream()
        .map(s -> records.read(s).onlyLinesOf(canton))
        .toList();
  }

  /** C2 — the canton's total assessed tax of the year. */
  private Money tax(CantonCode canton, FiscalYear year) {
    Long sum =
        em.createQuery(
                "SELECT SUM(a.taxCents) FROM Assessment a WHERE a.canton = :canton"
                    + " AND a.year = :year",
                Long.class)
            .setParameter("canton", canton.value())
            .setParameter("year", year.value())
            .getSingleResult();
    return Money.ofCents(sum == null ? 0 : sum);
  }

  private long residents(CantonCode canton, LocalDate day) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT p.id) FROM Residence r JOIN r.person p"
                + " WHERE r.canton = :canton AND r.startsOn <= :day"
                + " AND (r.endsOn IS NULL OR r.endsOn >= :day) AND (p.died IS NULL OR p.died > :day)",
            Long.class)
        .setParameter("canton", canton.value())
        .setParameter("day", day)
        .getSingleResult();
  }

  /**
   * C3 with A12 — what the allocation run in force of each canton's year sent to the body: each run
   * with its amount.
   */
  private List<RunShare> fromAllocations(OrganizationId body, FiscalYear year) {
    List<RunShare> shares = new ArrayList<>();
    for (AllocationRun run :
        em.createQuery(
                "SELECT r FROM AllocationRun r WHERE r.year = :year AND r.standing.inForce = TRUE"
                    + " ORDER BY r.id",
                AllocationRun.class)
            .setParameter("year", year.value())
            .getResultList()) {
      ledger.lines(run.id()).stream()
          .filter(l -> l.recipient().equals(body.value()))
          .forEach(l -> shares.add(new RunShare(run.id(), Money.parse(l.amount()))));
    }
    return shares;
  }
}
