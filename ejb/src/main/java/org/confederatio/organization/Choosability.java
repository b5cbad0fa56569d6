package org.confederatio.organization;

import java.util.Collection;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * Whether a citizen may choose an organization in a canton for a fiscal year, and if not why: it
 * must be registered, active, and accredited there for that year. Designations, affiliations,
 * imports and the lists of accredited organizations all ask here, so each refusal has one text.
 */
public enum Choosability {
  CHOOSABLE("'%s' may be chosen in canton %s for %s"),
  UNREGISTERED("'%s' is not a registered organization"),
  SUSPENDED("'%s' is suspended and cannot be chosen"),
  UNACCREDITED("'%s' is not accredited in canton %s for %s");

  private final String explanation;

  Choosability(String explanation) {
    this.explanation = explanation;
  }

  /**
   * The organization's standing given its accreditations in the canton; {@code organization} is
   * null when no organization has the id.
   */
  static Choosability of(
      Organization organization, Collection<Accreditation> inCanton, FiscalYear year) {
    if (organization == null) {
      return UNREGISTERED;
    }
    if (!organization.active()) {
      return SUSPENDED;
    }
    return inCanton.stream().anyMatch(a -> a.coversYear(year)) ? CHOOSABLE : UNACCREDITED;
  }

  public boolean choosable() {
    return this == CHOOSABLE;
  }

  /** The sentence a citizen or clerk reads, naming the id as it was given. */
  public String explain(String id, CantonCode canton, FiscalYear year) {
    return explanation.formatted(id, canton, year);
  }
}
