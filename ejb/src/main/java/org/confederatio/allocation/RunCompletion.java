package org.confederatio.allocation;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The job's last step: the lines, computed and stored in one transaction (see RunRecords#complete).
 */
@Named("runCompletion")
@Dependent
public class RunCompletion extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "runId")
  private String runId;

  @Inject private RunRecords records;

  @Override
  public String process() {
    records.complete(Long.parseLong(runId));
    return "COMPLETED";
  }
}
