package org.confederatio.roll;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.roll.Eligibility;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.Roll;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.rules.api.roll.RollPolicy;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/** Computing, freezing and comparing a canton's rolls, for its clerks and policy officers. */
@Stateless
public class Rolls {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Residents residents;
  @Inject private StoredRolls stored;
  @Inject private AuditTrail audit;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private FiscalCalendar calendar;

  /** R7 — the voting age and minimum residence of the policy version in force on a date. */
  public RollPolicy policyOn(CantonCode canton, LocalDate date) {
    return policies
        .inForce(canton, FiscalYear.of(date.getYear()))
        .orElseThrow(
            () -> new NotFound("voting policy in force on " + date + " for canton", canton))
        .rollPolicy();
  }

  /** R2, R5 — the roll of a canton for a date, with a reason for everyone considered. */
  public Roll compute(Caller caller, CantonCode canton, LocalDate date) {
    asked(caller, canton, date);
    return compute(canton, date);
  }

  private void asked(Caller caller, CantonCode canton, LocalDate date) {
    caller.requireCanton(canton, Role.CLERK, Role.POLICY, Role.ADMIN);
    cantons.find(canton);
    if (date == null) {
      throw new Invalid("date", "is required, as YYYY-MM-DD");
    }
    Violations v = new Violations();
    Plausible.asked(v, "date", date, calendar.today());
    v.throwIfAny();
  }

  /**
   * R2, R5 — a page of the roll of a canton for a date, with the counts of the whole roll: from the
   * stored roll when the register has not changed since it was computed, else computed once.
   */
  public RollPage page(Caller caller, CantonCode canton, LocalDate date, int page, int size) {
    asked(caller, canton, date);
    return stored.page(canton, date, page, size, () -> compute(canton, date));
  }

  Roll compute(CantonCode canton, LocalDate date) {
    RollPolicy policy = policyOn(canton, date);
    List<RollEntry> entries = new ArrayList<>();
    residents.of(
        canton, date, r -> Eligibility.consider(r, canton, date, policy).ifPresent(entries::add));
    return new Roll(canton, date, policy.version(), entries);
  }

  /** R6 — freezes the roll of a canton for an election; the snapshot never changes afterwards. */
  public Election.Summary freeze(Caller caller, CantonCode canton, String name, LocalDate date) {
    caller.requireCanton(canton, Role.CLERK);
    String trimmed = name == null ? "" : name.strip();
    Violations v = new Violations();
    v.check(!trimmed.isEmpty(), "name", "is required")
        .check(trimmed.length() <= 200, "name", "is at most 200 characters")
        .check(date != null, "referenceDate", "is required, as YYYY-MM-DD");
    Plausible.referenceDate(v, "referenceDate", date, calendar.today());
    v.throwIfAny();
    cantons.find(canton);
    boolean taken =
        !em.createQuery("SELECT e.id FROM Election e WHERE e.canton = :c AND e.name = :n")
            .setParameter("c", canton.value())
            .setParameter("n", trimmed)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new Conflict("Canton " + canton + " already has an election named '" + trimmed + "'.");
    }
    Roll roll = compute(canton, date);
    Election election =
        new Election(
            canton, trimmed, date, roll.policyVersion(), caller.username(), calendar.now());
    em.persist(election);
    em.flush();
    int n = 0;
    for (RollEntry entry : roll.entries()) {
      em.persist(new ElectionEntry(election.id(), entry));
      if (++n % 1000 == 0) {
        em.flush();
        em.clear();
      }
    }
    Election.Summary summary = election.summary(roll.eligible(), roll.entries().size());
    audit.record(
        caller.username(),
        "freeze",
        "Election",
        election.id(),
        AuditScope.of(canton),
        null,
        summary);
    return summary;
  }

  /** A frozen election's roll, exactly as it was frozen. */
  public Roll frozen(Caller caller, long electionId) {
    Election election = election(electionId);
    caller.requireCanton(election.canton(), Role.CLERK, Role.POLICY, Role.ADMIN);
    return frozen(election);
  }

  Roll frozen(Election election) {
    List<RollEntry> entries =
        em.createQuery(
                "SELECT e FROM ElectionEntry e WHERE e.election = :id ORDER BY e.person",
                ElectionEntry.class)
            .setParameter("id", election.id())
            .getResultStream()
            .map(ElectionEntry::entry)
            .toList();
    return new Roll(election.canton(), election.referenceDate(), election.policyVersion(), entries);
  }

  /** A frozen election with its counts, counted in the database rather than by loading its roll. */
  public Election.Summary summary(Caller caller, long electionId) {
    Election election = election(electionId);
    caller.requireCanton(election.canton(), Role.CLERK, Role.POLICY, Role.ADMIN);
    return summary(election);
  }

  /** The elections of a canton with their counts, newest reference date first. */
  public List<Election.Summary> summaries(Caller caller, CantonCode canton) {
    caller.requireCanton(canton, Role.CLERK, Role.POLICY, Role.ADMIN);
    return elections(canton).stream().map(this::summary).toList();
  }

  private Election.Summary summary(Election election) {
    long considered =
        count(election, "SELECT COUNT(e) FROM ElectionEntry e WHERE e.election = :id");
    long eligible =
        count(
            election,
            "SELECT COUNT(e) FROM ElectionEntry e WHERE e.election = :id AND e.reason = '"
                + Reason.ELIGIBLE
                + "'");
    return election.summary(eligible, considered);
  }

  private long count(Election election, String query) {
    return em.createQuery(query, Long.class).setParameter("id", election.id()).getSingleResult();
  }

  /** R6 — who was added and removed between two elections of the same canton. */
  public Roll.Diff diff(Caller caller, long earlier, long later) {
    Election a = election(earlier);
    Election b = election(later);
    if (!a.canton().equals(b.canton())) {
      throw new Invalid(
          "b",
          "both elections must be of the same canton (" + a.canton() + " and " + b.canton() + ")");
    }
    caller.requireCanton(a.canton(), Role.CLERK, Role.POLICY, Role.ADMIN);
    return Roll.diff(frozen(a), frozen(b));
  }

  /**
   * The registered names of people a canton's rolls consider, by person id, so that a page shows
   * "name (id)". Only the canton's officials may ask; ids the register does not hold are left out.
   */
  public Map<String, String> names(Caller caller, CantonCode canton, Collection<String> people) {
    caller.requireCanton(canton, Role.CLERK, Role.POLICY, Role.ADMIN);
    Map<String, String> names = new HashMap<>();
    List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(people));
    // in slices, so that the IN list stays short whatever the page size
    for (int from = 0; from < ids.size(); from += 500) {
      em.createQuery("SELECT p.id, p.name FROM Person p WHERE p.id IN :ids", Object[].class)
          .setParameter("ids", ids.subList(from, Math.min(from + 500, ids.size())))
          .getResultList()
          .forEach(row -> names.put((String) row[0], (String) row[1]));
    }
    return names;
  }

  /** The elections frozen for a canton, newest reference date first. */
  public List<Election> elections(CantonCode canton) {
    return em.createQuery(
            "SELECT e FROM Election e WHERE e.canton = :c ORDER BY e.referenceDate DESC, e.id DESC",
            Election.class)
        .setParameter("c", canton.value())
        .getResultList();
  }

  Election election(long id) {
    Election election = em.find(Election.class, id);
    if (election == null) {
      throw new NotFound("election", id);
    }
    return election;
  }
}
