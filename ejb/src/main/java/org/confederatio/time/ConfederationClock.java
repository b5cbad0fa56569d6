package org.confederatio.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the application, in the confederation's time zone. Every "today" and "now" the
 * code uses comes from here, never from {@code LocalDate.now()}: a fiscal year in progress, a
 * deadline passed, a justification expired all depend on it.
 *
 * <p>The server variable {@code confederatio.clock.start} (an ISO instant) starts the clock at that
 * instant when the server starts; it then runs at the normal pace, so that records made one after
 * the other keep their order and a sign-in back-off still lapses. The integration-test server sets
 * it, so that its tests see the same year whenever they run. Production leaves it unset.
 */
@ApplicationScoped
public class ConfederationClock {

  private static final Logger LOG = Logger.getLogger(ConfederationClock.class.getName());

  @Inject
  @ConfigProperty(name = "confederatio.zone", defaultValue = "Europe/Zurich")
  String zone;

  @Inject
  @ConfigProperty(name = "confederatio.clock.start")
  Optional<String> start;

  private Clock clock;

  @PostConstruct
  void start() {
    // whole microseconds: PostgreSQL keeps no finer TIMESTAMP, so a moment the application answers
    // right after a write is the very moment a later read of the same row gives back
    Clock system = Clock.tick(Clock.system(ZoneId.of(zone)), Duration.ofNanos(1_000));
    Clock set =
        start
            .filter(s -> !s.isBlank())
            .map(s -> Clock.offset(system, Duration.between(system.instant(), Instant.parse(s))))
            .orElse(system);
    clock = set == system ? system : Clock.tick(set, Duration.ofNanos(1_000));
    if (clock != system) {
      LOG.warning(
          () -> "The clock was set to start at " + start.get() + " (confederatio.clock.start)");
    }
  }

  @Produces
  Clock clock() {
    return clock;
  }
}
