package org.confederatio.allocation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.confederatio.instance.ThisInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This instance's side of the runs' leases: who it is, how long a lease lasts, how often it sweeps,
 * and which runs have a job working in this JVM (whose leases it keeps renewing).
 *
 * <p>A lease lapses only when the instance that holds it stops renewing it: it died, was killed or
 * hangs. Every instance sweeps for such runs and takes them over (RunSweeper).
 */
@ApplicationScoped
public class RunLeases {

  private static final Logger LOG = Logger.getLogger(RunLeases.class.getName());

  @Inject ThisInstance thisInstance;

  @Inject
  @ConfigProperty(name = "confederatio.run.lease", defaultValue = "PT1M")
  String lease;

  @Inject
  @ConfigProperty(name = "confederatio.run.sweep", defaultValue = "PT15S")
  String sweep;

  /**
   * Test only: a run's writer blocks once the run's N-th chunk committed, so that a test can kill
   * the server at a point it chooses. Absent in production.
   */
  @Inject
  @ConfigProperty(name = "confederatio.test.pause.run.chunks")
  Optional<String> pauseAfter;

  private String me;
  private Duration length;
  private Duration period;
  private final Map<Long, Long> working = new ConcurrentHashMap<>();

  @PostConstruct
  void resolve() {
    me = thisInstance.name();
    length = Duration.parse(lease);
    period = Duration.parse(sweep);
    if (length.compareTo(period.multipliedBy(2)) < 0) {
      LOG.warning(
          () ->
              "confederatio.run.lease ("
                  + length
                  + ") is less than twice confederatio.run.sweep ("
                  + period
                  + "): a live instance may lose its runs' leases between two renewals");
    }
    LOG.info(
        () -> "Allocation run leases: instance " + me + ", lease " + length + ", sweep " + period);
  }

  /** The name this instance holds leases under. */
  public String instance() {
    return me;
  }

  /** When a lease taken or renewed now lapses, in epoch milliseconds. */
  long until() {
    return System.currentTimeMillis() + length.toMillis();
  }

  Duration sweepPeriod() {
    return period;
  }

  /** After how many chunks of a run the writer blocks (test only), if it is set. */
  OptionalLong pauseAfterChunks() {
    return pauseAfter
        .filter(s -> !s.isBlank())
        .map(s -> OptionalLong.of(Long.parseLong(s.trim())))
        .orElse(OptionalLong.empty());
  }

  /** A job execution of the run works in this JVM: its lease is renewed on every sweep. */
  void working(long run, long execution) {
    working.put(run, execution);
  }

  void done(long run, long execution) {
    working.remove(run, execution);
  }

  /** The runs whose jobs work in this JVM, with their job executions. */
  Map<Long, Long> working() {
    return Map.copyOf(working);
  }
}
