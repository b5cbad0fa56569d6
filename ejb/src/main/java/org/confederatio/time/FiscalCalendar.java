package org.confederatio.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.FiscalYear;

/** Today and the fiscal year in progress, read from the confederation's {@link Clock}. */
@ApplicationScoped
public class FiscalCalendar {

  @Inject Clock clock;

  public Instant now() {
    return clock.instant();
  }

  /** The confederation's time zone, in which days begin and end. */
  public ZoneId zone() {
    return clock.getZone();
  }

  /** Today in the confederation's time zone. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The fiscal year of today. */
  public int currentYear() {
    return today().getYear();
  }

  /** The fiscal year of today, as the value the services take. */
  public FiscalYear fiscalYear() {
    return FiscalYear.of(currentYear());
  }

  /**
   * A required fiscal year that has begun (runs, imports and settlements work on such years only).
   */
  public FiscalYear requireYearSoFar(FiscalYear year) {
    if (year == null || year.value() > currentYear()) {
      throw new Invalid("year", "is required: a fiscal year up to " + currentYear());
    }
    return year;
  }
}
