package org.confederatio.web.sharing;

import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;

/**
 * The ids and years of the sharing API and pages as the service takes them, refused here with the
 * answers the service gave when it took them as text: one whose id cannot exist is not found, like
 * any unknown body; one not named is left to the service, which answers it after the caller's
 * rights, as before.
 */
final class SharingInput {

  private SharingInput() {}

  /** A body as named; none when not named, which the service refuses after its own checks. */
  static OrganizationId body(String id) {
    if (id == null || id.isBlank()) {
      return null;
    }
    try {
      return OrganizationId.of(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFound("confederal body", id);
    }
  }

  /**
   * A year to settle or list settlements of: one that has begun (null is the service's to refuse).
   */
  static FiscalYear yearSoFar(Integer year, FiscalCalendar calendar) {
    return year == null ? null : calendar.requireYearSoFar(Params.fiscalYear("year", year));
  }
}
