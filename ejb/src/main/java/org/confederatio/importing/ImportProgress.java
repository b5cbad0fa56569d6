package org.confederatio.importing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.confederatio.failure.Invalid;

/**
 * How far an import has come, for the page that shows its progress bar. A job that {@link
 * ImportJobs} follows reports every change of phase, and its rows at most every {@link
 * #REPORT_EVERY_MS} ms, to the database, where every instance reads it.
 */
public final class ImportProgress {

  private static final Logger LOG = Logger.getLogger(ImportProgress.class.getName());

  /** How often rows done are written to the database while an import runs. */
  static final long REPORT_EVERY_MS = 500;

  /** Where an import is. */
  public enum Phase {
    CHECKING,
    IMPORTING,
    DONE,
    REFUSED,
    /** Cut off by the end of the server that ran it; nothing of the file was kept. */
    INTERRUPTED
  }

  private final String id;
  private final String owner;
  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();
  private volatile Phase phase = Phase.CHECKING;
  private volatile Object result;
  private volatile List<Invalid.Violation> problems = List.of();
  private volatile int totalProblems;
  private volatile Consumer<ImportProgress> report = p -> {};
  private volatile long reportedAt;
  private volatile int pauseAfter;

  public ImportProgress(String id, String owner) {
    this.id = id;
    this.owner = owner;
  }

  /** Progress as the database last had it (read by an instance that does not run the job). */
  public ImportProgress(String id, String owner, Phase phase, int total, int done) {
    this(id, owner);
    this.phase = phase;
    this.total = total;
    this.done.set(done);
  }

  /** Where every change is reported (the job's row in the database). */
  void reportTo(Consumer<ImportProgress> report) {
    this.report = report;
  }

  /**
   * Test only ({@code confederatio.test.pause.import.rows}): once {@code rows} rows of the
   * importing phase are written, the import reports them and then blocks until the server dies, so
   * that a test can kill the server at a point it chooses. Zero or less: never.
   */
  public void pauseAfter(int rows) {
    this.pauseAfter = rows;
  }

  public void start(Phase phase, int total) {
    this.phase = phase;
    this.total = total;
    this.done.set(0);
    reportNow();
  }

  public void step() {
    int now = done.incrementAndGet();
    if (phase == Phase.IMPORTING && pauseAfter > 0 && now == pauseAfter) {
      reportNow();
      pause();
    }
    if (System.currentTimeMillis() - reportedAt >= REPORT_EVERY_MS) {
      reportNow();
    }
  }

  private void pause() {
    LOG.warning(
        () ->
            "import "
                + id
                + " paused after "
                + pauseAfter
                + " rows (confederatio.test.pause.import.rows, test only)");
    Object never = new Object();
    synchronized (never) {
      while (true) {
        try {
          never.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("paused import " + id + " interrupted", e);
        }
      }
    }
  }

  public void finish(Object result) {
    this.result = result;
    this.phase = Phase.DONE;
    reportNow();
  }

  public void refuse(List<Invalid.Violation> problems) {
    refuse(problems, problems.size());
  }

  /** Refused with the problems shown (the first {@value Invalid#SHOWN}) of {@code total}. */
  public void refuse(List<Invalid.Violation> problems, int total) {
    this.problems = List.copyOf(problems);
    this.totalProblems = total;
    this.phase = Phase.REFUSED;
    reportNow();
  }

  private void reportNow() {
    reportedAt = System.currentTimeMillis();
    report.accept(this);
  }

  public String id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public int total() {
    return total;
  }

  public int done() {
    return done.get();
  }

  public Phase phase() {
    return phase;
  }

  public boolean running() {
    return phase == Phase.CHECKING || phase == Phase.IMPORTING;
  }

  /** What the import reports once done (its own result record). */
  public Object result() {
    return result;
  }

  /** How many problems the file has; {@link #problems()} lists the first of them. */
  public int totalProblems() {
    return totalProblems;
  }

  public List<Invalid.Violation> problems() {
    return problems;
  }
}
