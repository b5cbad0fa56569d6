package org.confederatio.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confederatio.access.Caller;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Refusal;

/**
 * Runs imports in the background so that a page can show their progress. Each import is still one
 * transaction: all of the file or nothing. Jobs live in memory; a restart forgets them (the data
 * itself is either fully imported or untouched).
 */
@ApplicationScoped
public class ImportJobs {

  private static final int KEPT = 100;
  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  @Resource private ManagedExecutorService executor;

  private final Map<String, ImportProgress> jobs = new ConcurrentHashMap<>();

  /**
   * Starts an import for the caller; {@code task} runs it in its own transaction, reporting to the
   * progress it is given, and returns its result. Returns the job to follow.
   */
  public ImportProgress start(Caller caller, Function<ImportProgress, Object> task) {
    ImportProgress progress = new ImportProgress(UUID.randomUUID().toString(), caller.username());
    if (jobs.size() >= KEPT) {
      jobs.values().removeIf(job -> !job.running()); // finished jobs are only kept for their page
    }
    jobs.put(progress.id(), progress);
    executor.submit(
        () -> {
          try {
            progress.finish(task.apply(progress));
          } catch (Invalid invalid) {
            progress.refuse(invalid.violations(), invalid.total());
          } catch (Refusal refusal) {
            progress.refuse(java.util.List.of(new Invalid.Violation("file", refusal.getMessage())));
          } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "import " + progress.id() + " failed", e);
            progress.refuse(
                java.util.List.of(
                    new Invalid.Violation("file", "the import failed; nothing was imported")));
          }
        });
    return progress;
  }

  /** A job, for the person who started it only. */
  public ImportProgress of(Caller caller, String id) {
    ImportProgress progress = id == null ? null : jobs.get(id);
    if (progress == null) {
      throw new NotFound("import", id);
    }
    if (!progress.owner().equals(caller.username())) {
      throw new AccessRefused("This import was started by someone else.");
    }
    return progress;
  }
}
