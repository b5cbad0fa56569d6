package org.confederatio.designation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Choosability;
import org.confederatio.residence.FiscalHome;
import org.confederatio.residence.Person;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;

/**
 * The organizations a citizen identifies with; they pre-fill the designation. Sensitive personal
 * data: only the citizen sets and reads them here, and clerks see them in a taxpayer's audited
 * file.
 */
@Stateless
public class Affiliations {

  /** More would no longer pre-fill a designation anyone can split by hand. */
  public static final int MAX = 10;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Accreditations accreditations;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;

  /** The citizen's affiliations, by organization name. */
  public List<Affiliation.Summary> mine(Caller caller) {
    return Affiliation.of(em, PersonId.of(TaxpayerRecords.citizen(em, caller).id()));
  }

  /**
   * Replaces the citizen's affiliations. Each must be an organization they may choose in the canton
   * they live in this year; affiliations kept keep the day they began.
   */
  public List<Affiliation.Summary> setMine(Caller caller, List<OrganizationId> organizations) {
    Person person = TaxpayerRecords.locked(em, TaxpayerRecords.citizen(em, caller).id());
    PersonId id = PersonId.of(person.id());
    FiscalYear year = FiscalYear.of(calendar.currentYear());
    CantonCode canton =
        home.of(person, year)
            .orElseThrow(
                () ->
                    new Conflict(
                        "You are not resident in a canton this year, so no organization is accredited for you."));
    Set<OrganizationId> wanted = wanted(organizations, canton, year);
    List<Affiliation> before = Affiliation.held(em, id);
    for (Affiliation old : before) {
      if (wanted.stream().noneMatch(old::isWith)) {
        em.remove(old);
      }
    }
    for (OrganizationId organization : wanted) {
      if (before.stream().noneMatch(a -> a.isWith(organization))) {
        em.persist(new Affiliation(id, organization, calendar.today()));
      }
    }
    em.flush();
    // who changed whose affiliations and when, never which organizations (special-category data)
    audit.record(
        caller.username(),
        "affiliate",
        "Affiliation",
        person.id(),
        AuditScope.of(canton, person.personId()),
        null,
        null);
    return Affiliation.of(em, id);
  }

  /** The organizations chosen, each one the citizen may choose, refusing every one that is not. */
  private Set<OrganizationId> wanted(
      List<OrganizationId> organizations, CantonCode canton, FiscalYear year) {
    List<OrganizationId> given = organizations == null ? List.of() : organizations;
    List<Invalid.Violation> problems = new ArrayList<>();
    Set<OrganizationId> wanted = new LinkedHashSet<>();
    if (given.size() > MAX) {
      problems.add(
          new Invalid.Violation(
              "organizations", "at most " + MAX + " affiliations, not " + given.size()));
    }
    for (int i = 0; i < given.size(); i++) {
      OrganizationId organization = given.get(i);
      String field = field(i);
      Choosability choosability = accreditations.choosability(organization, canton, year);
      if (!choosability.choosable()) {
        problems.add(
            new Invalid.Violation(field, choosability.explain(organization.value(), canton, year)));
      } else if (!wanted.add(organization)) {
        problems.add(new Invalid.Violation(field, "'" + organization + "' is named twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return wanted;
  }

  /** The field that names the {@code i}th organization chosen. */
  public static String field(int i) {
    return "organizations[" + i + "]";
  }
}
