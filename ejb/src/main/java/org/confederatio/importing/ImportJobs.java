package org.confederatio.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confederatio.access.Caller;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Refusal;
import org.confederatio.instance.ThisInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs imports, in the background for a page that shows their progress or in the caller's thread
 * for the API. Each import is still one transaction: all of the file or nothing. Every job has a
 * row in the database ({@link ImportStore}) with its phase and rows, so that every instance shows
 * the same progress, and a job that a crash cut off reads as {@link
 * ImportProgress.Phase#INTERRUPTED interrupted} once its server starts again, or on every instance
 * once its lease lapsed: its rows were rolled back, and the same file may be sent again. What an
 * import found (its result, its problems) is kept in memory only, by the instance that ran it, for
 * the page that shows it.
 */
@ApplicationScoped
public class ImportJobs {

  /** The kind of a residence register's import (the fiscal ones are named by their kind). */
  public static final String REGISTER = "REGISTER";

  /**
   * How long a running job's row stays valid without its server renewing it: after that the job
   * reads as interrupted on every instance, for a server that died and does not come back. Its
   * server renews it every half lease while it lives, however long the import takes.
   */
  static final Duration LEASE = Duration.ofMinutes(2);

  private static final int KEPT = 100;
  private static final int LISTED = 20;
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource private ManagedExecutorService executor;
  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private ImportStore store;
  @Inject private ImportMetrics metrics;

  @Inject ThisInstance thisInstance;

  /** Test only: pauses every import after this many rows written (see ImportProgress). */
  @Inject
  @ConfigProperty(name = "confederatio.test.pause.import.rows", defaultValue = "0")
  int pauseAfterRows;

  private final Map<String, ImportProgress> jobs = new ConcurrentHashMap<>();

  /**
   * Starts an import of {@code kind} for the caller; {@code task} runs it in its own transaction,
   * reporting to the progress it is given, and returns its result. Returns the job to follow.
   */
  public ImportProgress start(Caller caller, String kind, Function<ImportProgress, Object> task) {
    ImportProgress progress = follow(caller, kind);
    executor.submit(
        () -> {
          try {
            run(progress, task);
          } catch (RuntimeException e) {
            // refused or failed: the progress says so, and the page shows it
          }
        });
    return progress;
  }

  /** Runs an import of {@code kind} in the caller's thread, as a job that others can follow. */
  public <T> T run(Caller caller, String kind, Function<ImportProgress, T> task) {
    return run(follow(caller, kind), task);
  }

  private ImportProgress follow(Caller caller, String kind) {
    ImportProgress progress = new ImportProgress(UUID.randomUUID().toString(), caller.username());
    progress.pauseAfter(pauseAfterRows);
    if (jobs.size() >= KEPT) {
      jobs.values().removeIf(job -> !job.running()); // finished jobs are only kept for their page
    }
    store.insert(progress, kind, thisInstance.name());
    progress.reportTo(this::report);
    jobs.put(progress.id(), progress);
    return progress;
  }

  private void report(ImportProgress progress) {
    try {
      store.update(progress);
    } catch (RuntimeException e) {
      // the progress shown lags; the import itself goes on
      LOG.log(Level.WARNING, "the progress of import " + progress.id() + " was not saved", e);
    }
  }

  private <T> T run(ImportProgress progress, Function<ImportProgress, T> task) {
    long started = System.nanoTime();
    try {
      T result = task.apply(progress);
      progress.finish(result);
      metrics.imported(progress.total(), System.nanoTime() - started);
      return result;
    } catch (Invalid invalid) {
      progress.refuse(invalid.violations(), invalid.total());
      throw invalid;
    } catch (Refusal refusal) {
      progress.refuse(List.of(new Invalid.Violation("file", refusal.getMessage())));
      throw refusal;
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "import " + progress.id() + " failed", e);
      progress.refuse(
          List.of(new Invalid.Violation("file", "the import failed; nothing was imported")));
      throw e;
    }
  }

  /**
   * Marks the jobs this server ran before it ended as interrupted: at start, before any import of
   * this start runs. From then on renews the lease of the jobs it runs (see {@link #LEASE}).
   */
  public int interruptLeftOver() {
    int interrupted = store.interruptRunning(thisInstance.name());
    long every = LEASE.toSeconds() / 2;
    scheduler.scheduleAtFixedRate(this::renew, every, every, TimeUnit.SECONDS);
    if (interrupted > 0) {
      LOG.warning(
          () ->
              interrupted
                  + " import(s) were cut off when server "
                  + thisInstance.name()
                  + " ended; nothing of them was kept");
    }
    return interrupted;
  }

  private void renew() {
    try {
      store.renew(thisInstance.name());
    } catch (RuntimeException e) {
      // the next renewal tries again; a lease lapses only after two missed ones
      LOG.log(Level.WARNING, "the leases of this server's imports were not renewed", e);
    }
  }

  /** A job, for the person who started it only: this instance's own, or the database's. */
  public ImportProgress of(Caller caller, String id) {
    ImportProgress progress = id == null ? null : jobs.get(id);
    if (progress == null && id != null) {
      progress = store.find(id).map(ImportStore.Job::progress).orElse(null);
    }
    if (progress == null) {
      throw new NotFound("import", id);
    }
    if (!progress.owner().equals(caller.username())) {
      throw new AccessRefused("This import was started by someone else.");
    }
    return progress;
  }

  /** The caller's latest imports, newest first, as the database has them. */
  public List<ImportStore.Job> recent(Caller caller) {
    return store.startedBy(caller.username(), LISTED);
  }
}
