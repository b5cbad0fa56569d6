package org.confederatio.allocation;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the batch runtime answers from its job repository: allocation runs are batch
 * jobs, and a server whose job operator fails cannot start, stop or restart one.
 */
@Readiness
@ApplicationScoped
public class BatchReadiness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    try {
      int jobs = BatchRuntime.getJobOperator().getJobNames().size();
      return HealthCheckResponse.named("batch").up().withData("jobs", jobs).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("batch")
          .down()
          .withData("error", String.valueOf(e.getMessage()))
          .build();
    }
  }
}
