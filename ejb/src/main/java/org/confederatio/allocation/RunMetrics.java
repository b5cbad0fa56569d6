package org.confederatio.allocation;

import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Allocation-run progress for the operators (MicroProfile Metrics, application scope): chunks and
 * taxpayers counted by every run on this server, and runs executing on this server now. A chunk
 * that its transaction rolls back and the restart counts again is counted twice: the figures are
 * throughput, not the runs' results (those are in the runs' tallies).
 */
@ApplicationScoped
public class RunMetrics {

  @Inject private MetricRegistry registry;

  void register(@Observes Startup startup) {
    registry.gauge(
        Metadata.builder()
            .withName("confederatio.runs.running")
            .withDescription("allocation runs executing on this server")
            .build(),
        this,
        RunMetrics::running);
  }

  private long running() {
    try {
      return BatchRuntime.getJobOperator().getRunningExecutions(AllocationRuns.JOB).size();
    } catch (NoSuchJobException e) {
      return 0; // no run has started since the job repository was created
    }
  }

  void counted(int taxpayers) {
    registry
        .counter(
            Metadata.builder()
                .withName("confederatio.run.chunks")
                .withDescription("chunks of taxpayers written by allocation runs")
                .build())
        .inc();
    registry
        .counter(
            Metadata.builder()
                .withName("confederatio.run.taxpayers")
                .withDescription("taxpayers counted by allocation runs")
                .build())
        .inc(taxpayers);
  }
}
