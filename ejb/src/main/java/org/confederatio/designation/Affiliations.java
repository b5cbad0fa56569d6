package org.confederatio.designation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.organization.Organization;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.FiscalHome;
import org.confederatio.residence.Person;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
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

  @Inject private CantonPolicies policies;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;

  /** One affiliation as shown. */
  public List<Taxpayer.Affiliation> mine(Caller caller) {
    return Taxpayer.affiliations(em, Taxpayer.citizen(em, caller).id());
  }

  /**
   * Replaces the citizen's affiliations. Each must be an active organization accredited in the
   * canton they live in this year; affiliations kept keep the day they began.
   */
  public List<Taxpayer.Affiliation> setMine(Caller caller, List<String> organizations) {
    Person person = Taxpayer.locked(em, Taxpayer.citizen(em, caller).id());
    int year = calendar.currentYear();
    CantonCode canton =
        home.of(person, year)
            .orElseThrow(
                () ->
                    new Conflict(
                        "You are not resident in a canton this year, so no organization is accredited for you."));
    Set<OrganizationId> accredited = policies.allocationPolicy(canton, year).accredited();
    List<String> given = organizations == null ? List.of() : organizations;
    List<Invalid.Violation> problems = new ArrayList<>();
    Set<String> wanted = new LinkedHashSet<>();
    if (given.size() > MAX) {
      problems.add(
          new Invalid.Violation(
              "organizations", "at most " + MAX + " affiliations, not " + given.size()));
    }
    for (int i = 0; i < given.size(); i++) {
      String id = given.get(i) == null ? "" : given.get(i).strip();
      String field = "organizations[" + i + "]";
      Organization organization = id.isEmpty() ? null : em.find(Organization.class, id);
      if (organization == null) {
        problems.add(new Invalid.Violation(field, "'" + id + "' is not a registered organization"));
      } else if (!organization.active()) {
        problems.add(
            new Invalid.Violation(field, "'" + id + "' is suspended and cannot be chosen"));
      } else if (!accredited.contains(organization.id())) {
        problems.add(
            new Invalid.Violation(
                field, "'" + id + "' is not accredited in canton " + canton + " for " + year));
      } else if (!wanted.add(id)) {
        problems.add(new Invalid.Violation(field, "'" + id + "' is named twice"));
      }
    }
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    List<Taxpayer.Affiliation> before = Taxpayer.affiliations(em, person.id());
    for (Taxpayer.Affiliation old : before) {
      if (!wanted.contains(old.organization())) {
        em.createNativeQuery("DELETE FROM affiliation WHERE person_id = ? AND organization_id = ?")
            .setParameter(1, person.id())
            .setParameter(2, old.organization())
            .executeUpdate();
      }
    }
    for (String id : wanted) {
      if (before.stream().noneMatch(a -> a.organization().equals(id))) {
        em.createNativeQuery(
                "INSERT INTO affiliation (person_id, organization_id, since) VALUES (?, ?, ?)")
            .setParameter(1, person.id())
            .setParameter(2, id)
            .setParameter(3, Date.valueOf(calendar.today()))
            .executeUpdate();
      }
    }
    List<Taxpayer.Affiliation> after = Taxpayer.affiliations(em, person.id());
    // who changed whose affiliations and when, never which organizations (special-category data)
    audit.record(
        caller.username(),
        "affiliate",
        "Affiliation",
        person.id(),
        AuditScope.of(canton, person.id()),
        null,
        null);
    return after;
  }
}
