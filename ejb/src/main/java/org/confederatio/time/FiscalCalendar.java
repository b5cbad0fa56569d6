package org.confederatio.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.confederatio.failure.Invalid;

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

  /**
   * A required fiscal year that has begun (runs, imports and settlements work on such years only).
   */
  public int requireYearSoFar(Integer year) {
    if (year == null || year < 1900 || year > currentYear()) {
      throw new Invalid("year", "is required: a fiscal year up to " + currentYear());
    }
    return year;
  }
}
