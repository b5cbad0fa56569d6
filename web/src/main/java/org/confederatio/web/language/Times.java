package org.confederatio.web.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.confederatio.time.FiscalCalendar;

/**
 * Moments as pages show them: to the minute, in the confederation's time zone, the way the audit
 * log shows them. A page never shows a raw {@code Instant} (nanoseconds and a 'Z' mean nothing to a
 * clerk, and UTC is not the hour on their clock).
 */
@Named
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject private FiscalCalendar calendar;

  /** {@code 2026-11-25 20:11} for a moment; empty for none. */
  public String minute(Instant moment) {
    return moment == null ? "" : MINUTE.format(moment.atZone(calendar.zone()));
  }

  /** The ISO-8601 form, for a {@code <time datetime>} attribute. */
  public String iso(Instant moment) {
    return moment == null ? "" : moment.toString();
  }
}
