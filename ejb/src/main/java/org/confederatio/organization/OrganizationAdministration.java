package org.confederatio.organization;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;

/**
 * The confederal administrator's side of the register of organizations: registering, editing,
 * suspending, and accrediting per canton. Every change is audited.
 */
@Stateless
public class OrganizationAdministration {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;

  /** An organization's details as entered, not yet checked. */
  public record Entry(
      String name, String kind, String description, String website, String payoutReference) {}

  public Organization.Details register(Caller caller, OrganizationId parsed, Entry entry) {
    caller.require(Role.ADMIN);
    Violations v = new Violations();
    Organization.Details details = check(entry, v);
    v.throwIfAny();
    if (em.find(Organization.class, parsed.value()) != null) {
      throw new Conflict("An organization with the id " + parsed + " is already registered.");
    }
    Organization organization = new Organization(parsed, details);
    em.persist(organization);
    audit.record(
        caller.username(),
        "register",
        "Organization",
        parsed,
        AuditScope.confederal(),
        null,
        details);
    return details;
  }

  /** An organization's details with its payout reference, for the administrator who edits them. */
  public Organization.Details details(Caller caller, OrganizationId id) {
    caller.require(Role.ADMIN);
    return OrganizationLookup.existing(em, id).details();
  }

  public Organization.Details edit(Caller caller, OrganizationId id, Entry entry) {
    caller.require(Role.ADMIN);
    Violations v = new Violations();
    Organization.Details details = check(entry, v);
    v.throwIfAny();
    Organization organization = OrganizationLookup.locked(em, id);
    Organization.Details before = organization.details();
    organization.edit(details);
    audit.record(
        caller.username(), "edit", "Organization", id, AuditScope.confederal(), before, details);
    return details;
  }

  /** A suspended organization cannot be chosen until it is reinstated. */
  public Organization.Summary suspend(Caller caller, OrganizationId id, boolean suspended) {
    caller.require(Role.ADMIN);
    Organization organization = OrganizationLookup.locked(em, id);
    Organization.Summary before = organization.summary();
    if (suspended) {
      organization.suspend();
    } else {
      organization.reinstate();
    }
    audit.record(
        caller.username(),
        suspended ? "suspend" : "reinstate",
        "Organization",
        id,
        AuditScope.confederal(),
        before,
        organization.summary());
    return organization.summary();
  }

  /**
   * The details entered, each bad field added to {@code v}; a form checks them with its id, so that
   * one answer names every field to fix.
   */
  public static Organization.Details check(Entry entry, Violations v) {
    Entry e = entry == null ? new Entry(null, null, null, null, null) : entry;
    String name = e.name() == null ? "" : e.name().strip();
    v.check(!name.isEmpty(), "name", "is required")
        .check(name.length() <= 200, "name", "is at most 200 characters");
    OrganizationKind kind = v.parse("kind", () -> kind(e.kind()));
    v.check(
        e.description() == null || e.description().length() <= 2000,
        "description",
        "is at most 2000 characters");
    v.check(
        e.website() == null || e.website().isBlank() || isWebAddress(e.website()),
        "website",
        "is an address starting with https:// or http://");
    v.check(
        e.payoutReference() == null || e.payoutReference().length() <= 100,
        "payoutReference",
        "is at most 100 characters");
    return new Organization.Details(
        name, kind, blank(e.description()), blank(e.website()), blank(e.payoutReference()));
  }

  private static OrganizationKind kind(String kind) {
    try {
      return OrganizationKind.valueOf(kind);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "is one of PHYLE, ORIGIN_COMMUNITY, COMMONS_FOUNDATION, CONFEDERAL_FUND");
    }
  }

  private static boolean isWebAddress(String website) {
    try {
      URI uri = URI.create(website.strip());
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null
          && website.length() <= 500;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
