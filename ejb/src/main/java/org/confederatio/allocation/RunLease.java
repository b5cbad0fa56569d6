package org.confederatio.allocation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Takes the run's lease when a job execution of it begins (a first start, a clerk's restart or a
 * take-over) and gives it back when the execution ends on a live server. An instance killed while
 * it works keeps the lease until it lapses; then a survivor, or the same instance restarted, takes
 * the run over (RunSweeper).
 */
@Named("runLease")
@Dependent
public class RunLease extends AbstractJobListener {

  @Inject
  @BatchProperty(name = "runId")
  private String runId;

  @Inject private JobContext job;
  @Inject private RunLedger ledger;
  @Inject private RunLeases leases;

  @Override
  public void beforeJob() {
    long run = Long.parseLong(runId);
    ledger.lease(run, job.getExecutionId(), leases.instance(), leases.until());
    leases.working(run, job.getExecutionId());
  }

  @Override
  public void afterJob() {
    long run = Long.parseLong(runId);
    leases.done(run, job.getExecutionId());
    ledger.release(run, job.getExecutionId());
  }
}
