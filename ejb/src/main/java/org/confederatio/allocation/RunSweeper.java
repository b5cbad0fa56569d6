package org.confederatio.allocation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * On every instance, every {@code confederatio.run.sweep}: renews the leases of the runs whose jobs
 * work in this JVM, then takes over the running runs whose lease lapsed (their instance died, or
 * this one was killed and restarted) and starts a new job execution for each, which goes on from
 * the run's own checkpoint. Liberty marks as failed only the executions of the server that restarts
 * and never restarts them itself; the lease is what lets a survivor finish a run.
 */
@Singleton
@Startup
@DependsOn("StartUp")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RunSweeper {

  private static final Logger LOG = Logger.getLogger(RunSweeper.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject private RunLeases leases;
  @Inject private RunLedger ledger;
  @Inject private RunTakeOvers takeOvers;
  @Inject private RunRecords records;

  private ScheduledFuture<?> sweeping;

  @PostConstruct
  void schedule() {
    long period = leases.sweepPeriod().toMillis();
    sweeping = scheduler.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void cancel() {
    if (sweeping != null) {
      sweeping.cancel(false);
    }
  }

  /** One sweep; a failure is logged and the next sweep tries again. */
  void sweep() {
    try {
      long until = leases.until();
      leases
          .working()
          .forEach(
              (run, execution) -> {
                if (!ledger.renew(run, execution, until)) {
                  leases.done(run, execution);
                }
              });
      for (RunLedger.Lapsed lapsed : ledger.lapsed(System.currentTimeMillis())) {
        if (takeOvers.takeOver(lapsed, leases.instance(), leases.until())) {
          resume(lapsed);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The sweep for lapsed allocation run leases failed", e);
    }
  }

  /** A new job execution with the parameters of the one that lost its instance. */
  private void resume(RunLedger.Lapsed lapsed) {
    JobOperator operator = BatchRuntime.getJobOperator();
    Properties parameters = operator.getParameters(lapsed.execution());
    long execution = operator.start(AllocationRuns.JOB, parameters);
    records.started(lapsed.run(), execution);
    LOG.info(
        () ->
            "Allocation run "
                + lapsed.run()
                + " of "
                + lapsed.owner()
                + " taken over by "
                + leases.instance()
                + ": job execution "
                + execution
                + " goes on after execution "
                + lapsed.execution());
  }
}
