package org.confederatio.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.time.Plausible;

/**
 * Accreditations: which organizations a canton's taxpayers may choose, from which fiscal year and
 * until which (DESIGN.md, asymmetry). Granted and withdrawn by the confederal administrator.
 */
@Stateless
public class Accreditations {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private CantonRegistry cantons;

  /**
   * Accredits an organization in a canton from a fiscal year on; refused while an accreditation
   * there is open.
   */
  public Accreditation.Summary accredit(Caller caller, String id, String canton, Integer fromYear) {
    caller.require(Role.ADMIN);
    Violations v = new Violations();
    CantonCode code = v.parse("canton", () -> CantonCode.of(canton));
    fiscalYear(v, "fromYear", fromYear).throwIfAny();
    Organization organization = OrganizationLookup.locked(em, id);
    cantons.find(code);
    for (Accreditation a : accreditations(organization.id(), code)) {
      if (a.open() || a.coversYear(fromYear)) {
        throw new Conflict(
            "The organization "
                + id
                + " is already accredited in "
                + code
                + " ("
                + describe(a)
                + ").");
      }
    }
    Accreditation accreditation = new Accreditation(organization.id(), code, fromYear);
    em.persist(accreditation);
    audit.record(
        caller.username(),
        "accredit",
        "Organization",
        id,
        AuditScope.of(code),
        null,
        accreditation.summary());
    return accreditation.summary();
  }

  /** Withdraws the open accreditation of an organization in a canton after a last fiscal year. */
  public Accreditation.Summary withdraw(Caller caller, String id, String canton, Integer lastYear) {
    caller.require(Role.ADMIN);
    Violations v = new Violations();
    CantonCode code = v.parse("canton", () -> CantonCode.of(canton));
    fiscalYear(v, "untilYear", lastYear).throwIfAny();
    Organization organization = OrganizationLookup.locked(em, id);
    Accreditation open =
        accreditations(organization.id(), code).stream()
            .filter(Accreditation::open)
            .findFirst()
            .orElseThrow(
                () -> new NotFound("open accreditation in " + code + " of organization", id));
    Accreditation.Summary before = open.summary();
    try {
      open.withdrawAfter(lastYear);
    } catch (IllegalArgumentException e) {
      throw new Invalid("untilYear", e.getMessage());
    }
    audit.record(
        caller.username(),
        "withdraw",
        "Organization",
        id,
        AuditScope.of(code),
        before,
        open.summary());
    return open.summary();
  }

  /** Every accreditation of an organization, oldest first. */
  public List<Accreditation.Summary> accreditations(String id) {
    Organization organization = OrganizationLookup.existing(em, id);
    return em.createQuery(
            "SELECT a FROM Accreditation a WHERE a.organization = :o ORDER BY a.canton, a.fromYear",
            Accreditation.class)
        .setParameter("o", organization.id().value())
        .getResultStream()
        .map(Accreditation::summary)
        .toList();
  }

  /** The active organizations a canton's taxpayers may choose in a fiscal year. */
  public SortedSet<OrganizationId> accredited(CantonCode canton, int year) {
    return new TreeSet<>(
        em.createQuery(
                "SELECT a.organization FROM Accreditation a, Organization o"
                    + " WHERE o.id = a.organization AND o.status = :active AND a.canton = :c AND a.fromYear <= :y"
                    + " AND (a.untilYear IS NULL OR a.untilYear >= :y)",
                String.class)
            .setParameter("active", Organization.Status.ACTIVE)
            .setParameter("c", canton.value())
            .setParameter("y", year)
            .getResultStream()
            .map(OrganizationId::new)
            .toList());
  }

  private List<Accreditation> accreditations(OrganizationId organization, CantonCode canton) {
    return em.createQuery(
            "SELECT a FROM Accreditation a WHERE a.organization = :o AND a.canton = :c",
            Accreditation.class)
        .setParameter("o", organization.value())
        .setParameter("c", canton.value())
        .getResultList();
  }

  private static String describe(Accreditation a) {
    Accreditation.Summary s = a.summary();
    return "from " + s.fromYear() + (s.untilYear() == null ? "" : " to " + s.untilYear());
  }

  private static Violations fiscalYear(Violations v, String field, Integer year) {
    v.check(year != null, field, "is required: a fiscal year");
    Plausible.year(v, field, year);
    return v;
  }
}
