package org.confederatio.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;

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
  public Accreditation.Summary accredit(
      Caller caller, OrganizationId id, CantonCode code, FiscalYear fromYear) {
    caller.require(Role.ADMIN);
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
  public Accreditation.Summary withdraw(
      Caller caller, OrganizationId id, CantonCode code, FiscalYear lastYear) {
    caller.require(Role.ADMIN);
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
  public List<Accreditation.Summary> accreditations(OrganizationId id) {
    Organization organization = OrganizationLookup.existing(em, id);
    return em.createQuery(
            "SELECT a FROM Accreditation a WHERE a.organization = :o ORDER BY a.canton, a.fromYear",
            Accreditation.class)
        .setParameter("o", organization.id().value())
        .getResultStream()
        .map(Accreditation::summary)
        .toList();
  }

  /**
   * Whether an organization may be chosen in a canton for a fiscal year, and if not why; the one
   * place that rule is decided.
   */
  public Choosability choosability(OrganizationId id, CantonCode canton, FiscalYear year) {
    Organization organization = em.find(Organization.class, id.value());
    return organization == null
        ? Choosability.UNREGISTERED
        : Choosability.of(organization, accreditations(id, canton), year);
  }

  /** The organizations a canton's taxpayers may choose in a fiscal year. */
  public SortedSet<OrganizationId> accredited(CantonCode canton, FiscalYear year) {
    return new TreeSet<>(choosable(canton, year).stream().map(Organization::id).toList());
  }

  /** The same organizations as shown, by name. */
  public List<Organization.Summary> choosableByName(CantonCode canton, FiscalYear year) {
    return choosable(canton, year).stream()
        .map(Organization::summary)
        .sorted(Comparator.comparing(Organization.Summary::name))
        .toList();
  }

  private List<Organization> choosable(CantonCode canton, FiscalYear year) {
    Map<Organization, List<Accreditation>> byOrganization = new HashMap<>();
    em.createQuery(
            "SELECT a, o FROM Accreditation a, Organization o"
                + " WHERE o.id = a.organization AND a.canton = :c",
            Object[].class)
        .setParameter("c", canton.value())
        .getResultStream()
        .forEach(
            r ->
                byOrganization
                    .computeIfAbsent((Organization) r[1], o -> new ArrayList<>())
                    .add((Accreditation) r[0]));
    return byOrganization.entrySet().stream()
        .filter(e -> Choosability.of(e.getKey(), e.getValue(), year).choosable())
        .map(Map.Entry::getKey)
        .toList();
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
}
