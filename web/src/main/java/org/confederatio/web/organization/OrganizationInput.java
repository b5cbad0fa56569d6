package org.confederatio.web.organization;

import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;

/** An organization's id and years as an address or a form gives them, converted once. */
final class OrganizationInput {

  private OrganizationInput() {}

  /**
   * The organization an address or form names: an id no organization could have is as unknown as
   * any other id nobody registered.
   */
  static OrganizationId existing(String id) {
    try {
      return OrganizationId.of(id);
    } catch (IllegalArgumentException e) {
      throw new NotFound("organization", id);
    }
  }

  /** A new organization's id, refused by name together with every bad field of its entry. */
  static OrganizationId newId(String id, OrganizationAdministration.Entry entry) {
    Violations v = new Violations();
    OrganizationId parsed = v.parse("id", () -> OrganizationId.of(id));
    OrganizationAdministration.check(entry, v);
    v.throwIfAny();
    return parsed;
  }

  /** A fiscal year the form requires, refused by the field's name. */
  static FiscalYear year(Violations v, String field, Integer year) {
    v.check(year != null, field, "is required: a fiscal year");
    return year == null ? null : v.parse(field, () -> FiscalYear.of(year));
  }
}
