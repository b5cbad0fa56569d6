package org.confederatio.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of in-server test deployments: it replaces the application's clock (a CDI alternative
 * with a priority, so only archives that add this class see it) and lets a test move time on, e.g.
 * past a justification's last day, instead of backdating rows with SQL.
 */
@Alternative
@Priority(100)
@Singleton
public class MovableClock extends Clock {

  private static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

  private volatile Duration ahead = Duration.ZERO;

  /** Moves the clock on by the given time, for every bean of the deployment. */
  public void advance(Duration by) {
    ahead = ahead.plus(by);
  }

  public void reset() {
    ahead = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.offset(Clock.system(zone), ahead);
  }

  @Override
  public Instant instant() {
    return Clock.systemUTC().instant().plus(ahead);
  }
}
