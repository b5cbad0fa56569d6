package org.confederatio.importing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.confederatio.failure.Invalid;

/** How far an import has come, for the page that shows its progress bar. */
public final class ImportProgress {

  /** Where an import is. */
  public enum Phase {
    CHECKING,
    IMPORTING,
    DONE,
    REFUSED
  }

  private final String id;
  private final String owner;
  private volatile int total;
  private final AtomicInteger done = new AtomicInteger();
  private volatile Phase phase = Phase.CHECKING;
  private volatile Object result;
  private volatile List<Invalid.Violation> problems = List.of();
  private volatile int totalProblems;

  public ImportProgress(String id, String owner) {
    this.id = id;
    this.owner = owner;
  }

  public void start(Phase phase, int total) {
    this.phase = phase;
    this.total = total;
    this.done.set(0);
  }

  public void step() {
    done.incrementAndGet();
  }

  public void finish(Object result) {
    this.result = result;
    this.phase = Phase.DONE;
  }

  public void refuse(List<Invalid.Violation> problems) {
    refuse(problems, problems.size());
  }

  /** Refused with the problems shown (the first {@value Invalid#SHOWN}) of {@code total}. */
  public void refuse(List<Invalid.Violation> problems, int total) {
    this.problems = List.copyOf(problems);
    this.totalProblems = total;
    this.phase = Phase.REFUSED;
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
