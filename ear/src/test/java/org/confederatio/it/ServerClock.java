package org.confederatio.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today as the test server sees it: its clock starts at {@code it.clock.start} (see the EAR's POM),
 * in the confederation's time zone. Black-box tests take dates from here, never from the machine.
 * In-server tests inject {@code FiscalCalendar} instead: the server's JVM has no such property.
 */
final class ServerClock {

  static final LocalDate TODAY =
      Instant.parse(System.getProperty("test.clock.start", "2026-11-25T09:00:00Z"))
          .atZone(ZoneId.of("Europe/Zurich"))
          .toLocalDate();

  static final int YEAR = TODAY.getYear();

  private ServerClock() {}
}
