package org.confederatio.policy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Organization;
import org.confederatio.roll.RollStamps;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.PolicyVersion;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.time.FiscalCalendar;

/**
 * The dated versions of each canton's policy. Anyone signed in may read them (they are the canton's
 * published decisions); only a policy officer of the canton schedules or changes one, and only for
 * a year that has not begun.
 */
@Stateless
public class CantonPolicies {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private CantonRegistry cantons;
  @Inject private Accreditations accreditations;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private RollStamps rolls;

  /** Every version of the canton's policy, newest first, with where each stands today. */
  public List<CantonPolicyVersion.Summary> history(CantonCode canton) {
    cantons.find(canton);
    FiscalYear year = calendar.fiscalYear();
    List<CantonPolicyVersion> versions = versions(canton);
    Optional<FiscalYear> inForce =
        versions.stream()
            .map(CantonPolicyVersion::validFrom)
            .filter(y -> y <= year.value())
            .max(Integer::compare)
            .map(FiscalYear::of);
    return versions.stream().map(v -> v.summary(v.standing(inForce, year))).toList();
  }

  public CantonPolicyVersion.Summary version(CantonCode canton, FiscalYear validFrom) {
    return history(canton).stream()
        .filter(v -> v.validFrom() == validFrom.value())
        .findFirst()
        .orElseThrow(() -> new NotFound("policy version from " + validFrom + " of canton", canton));
  }

  /** The version in force for a fiscal year, if the canton had one then. */
  public Optional<CantonPolicyVersion> inForce(CantonCode canton, FiscalYear year) {
    return em.createQuery(
            "SELECT v FROM CantonPolicyVersion v WHERE v.canton = :c AND v.validFrom <= :y"
                + " ORDER BY v.validFrom DESC",
            CantonPolicyVersion.class)
        .setParameter("c", canton.value())
        .setParameter("y", year.value())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /**
   * The policy of a canton and fiscal year with the organizations accredited then: all A2 needs.
   */
  public AllocationPolicy allocationPolicy(CantonCode canton, FiscalYear year) {
    PolicyVersion version =
        inForce(canton, year)
            .orElseThrow(
                () -> new NotFound("fiscal policy in force in " + year + " for canton", canton))
            .toRules();
    return version.forYear(canton, year.value(), accreditations.accredited(canton, year));
  }

  /** Schedules a new version from a future fiscal year. */
  public CantonPolicyVersion.Summary schedule(Caller caller, CantonCode canton, PolicyDraft draft) {
    caller.requireCanton(canton, Role.POLICY);
    cantons.find(canton);
    PolicyDraft.Checked checked = check(canton, draft);
    int validFrom = checked.version().validFrom();
    if (em.find(CantonPolicyVersion.class, new PolicyVersionKey(canton.value(), validFrom))
        != null) {
      throw new Conflict(
          "Canton "
              + canton
              + " already has a policy version from "
              + validFrom
              + "; change that one instead of adding a second.");
    }
    CantonPolicyVersion version = new CantonPolicyVersion(canton.value(), validFrom);
    version.apply(checked, caller.username(), calendar.now());
    em.persist(version);
    em.flush();
    rolls.changed(canton, LocalDate.of(validFrom, 1, 1));
    CantonPolicyVersion.Summary created = version.summary(CantonPolicyVersion.Standing.SCHEDULED);
    audit.record(
        caller.username(),
        "schedule",
        "CantonPolicy",
        canton + "/" + validFrom,
        AuditScope.of(canton),
        null,
        created);
    return created;
  }

  /**
   * Changes a scheduled version. {@code expectedVersion} is the version the officer edited; if
   * someone saved it since, the change is refused rather than overwriting theirs.
   */
  public CantonPolicyVersion.Summary change(
      Caller caller,
      CantonCode canton,
      FiscalYear validFrom,
      PolicyDraft draft,
      Long expectedVersion) {
    caller.requireCanton(canton, Role.POLICY);
    cantons.find(canton);
    CantonPolicyVersion version =
        em.find(
            CantonPolicyVersion.class,
            new PolicyVersionKey(canton.value(), validFrom.value()),
            LockModeType.PESSIMISTIC_WRITE);
    if (version == null) {
      throw new NotFound("policy version from " + validFrom + " of canton", canton);
    }
    if (!validFrom.isAfter(calendar.fiscalYear())) {
      throw new Conflict(
          "The version from "
              + validFrom
              + " is in force or past and cannot change;"
              + " schedule a new version from a future year instead.");
    }
    if (expectedVersion == null || expectedVersion != version.rowVersion()) {
      throw new Conflict(
          "Someone saved this version since you opened it (it is now at version "
              + version.rowVersion()
              + "); reload it and make your change again.");
    }
    PolicyDraft.Checked checked = check(canton, draft);
    if (checked.version().validFrom() != validFrom.value()) {
      throw new Invalid(
          "validFrom",
          "is " + validFrom + " for this version; schedule a new version for another year");
    }
    CantonPolicyVersion.Summary before = version.summary(CantonPolicyVersion.Standing.SCHEDULED);
    version.apply(checked, caller.username(), calendar.now());
    em.flush();
    // R7: the voting age or minimum residence may have changed from the version's year on
    rolls.changed(canton, LocalDate.of(validFrom.value(), 1, 1));
    CantonPolicyVersion.Summary after = version.summary(CantonPolicyVersion.Standing.SCHEDULED);
    audit.record(
        caller.username(),
        "change",
        "CantonPolicy",
        canton + "/" + validFrom,
        AuditScope.of(canton),
        before,
        after);
    return after;
  }

  /**
   * Every field, then what needs the database: the year, the fund and the renouncing organizations.
   */
  public PolicyDraft.Checked check(CantonCode canton, PolicyDraft draft) {
    return check(draft, firstSchedulableYear(canton));
  }

  /**
   * The first fiscal year a new version may start from: next year, since versions in force never
   * change. A canton that has no version at all yet (one just registered) adopts its founding
   * policy from the year its law applies, this year or earlier: nothing is in force to change, and
   * it could not otherwise run the year it joined or import the years before.
   */
  private Optional<FiscalYear> firstSchedulableYear(CantonCode canton) {
    return versions(canton).isEmpty()
        ? Optional.empty()
        : Optional.of(calendar.fiscalYear().next());
  }

  /**
   * The same for a what-if, which tries a draft on a year's data: it needs no decision yet, nor a
   * future year.
   */
  public PolicyDraft.Checked checkWhatIf(CantonCode canton, PolicyDraft draft) {
    if (draft == null) {
      throw new Invalid("body", "is required: the draft policy as JSON");
    }
    return check(
        new PolicyDraft(
            draft.validFrom() == null ? calendar.currentYear() : draft.validFrom(),
            draft.designableRate(),
            draft.weighting(),
            draft.undesignated(),
            draft.fund(),
            draft.renouncing(),
            draft.cap(),
            draft.minimumPayout(),
            draft.maxRecipients(),
            draft.deadline(),
            draft.votingAge(),
            draft.minResidenceMonths(),
            "what-if",
            "1900-01-01",
            "what-if"),
        Optional.empty());
  }

  /** {@code firstYear}: the first year a version may start from, if any year may not. */
  private PolicyDraft.Checked check(PolicyDraft draft, Optional<FiscalYear> firstYear) {
    if (draft == null) {
      throw new Invalid("body", "is required: the policy version as JSON");
    }
    Violations v = new Violations();
    Optional<PolicyDraft.Checked> checked = draft.check(v, calendar.today());
    // the range of the year itself is PolicyDraft's (FiscalYear's), whatever the first year
    firstYear.ifPresent(
        first ->
            v.check(
                draft.validFrom() == null || draft.validFrom() >= first.value(),
                "validFrom",
                "must be a future fiscal year (from "
                    + first
                    + "): versions in force do not change"));
    checked.ifPresent(
        c -> {
          c.version()
              .fund()
              .ifPresent(
                  f ->
                      v.check(
                          isFund(f),
                          "fund",
                          "'"
                              + f
                              + "' is not a registered organization of kind "
                              + OrganizationKind.CONFEDERAL_FUND));
          c.version()
              .renouncing()
              .forEach(
                  r ->
                      v.check(
                          em.find(Organization.class, r.value()) != null,
                          "renouncing",
                          "'" + r + "' is not a registered organization"));
        });
    v.throwIfAny();
    return checked.orElseThrow();
  }

  private boolean isFund(OrganizationId id) {
    Organization organization = em.find(Organization.class, id.value());
    return organization != null
        && organization.details().kind() == OrganizationKind.CONFEDERAL_FUND;
  }

  private List<CantonPolicyVersion> versions(CantonCode canton) {
    return em.createQuery(
            "SELECT v FROM CantonPolicyVersion v WHERE v.canton = :c ORDER BY v.validFrom DESC",
            CantonPolicyVersion.class)
        .setParameter("c", canton.value())
        .getResultList();
  }
}
