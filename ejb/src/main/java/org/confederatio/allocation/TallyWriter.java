package org.confederatio.allocation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.format.PolicyFile;

/**
 * Aggregates a chunk of taxpayers (A1-A4) under the run's policy, fixed when the run started, and
 * adds the chunk's tally to the run in the chunk's transaction, with its checkpoint.
 */
@Named("tallyWriter")
@Dependent
public class TallyWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "runId")
  private String runId;

  @Inject private RunRecords records;
  @Inject private RunLedger ledger;
  @Inject private RunMetrics metrics;

  private long run;
  private AllocationPolicy policy;
  private RecipientTable table;

  @Override
  public void open(Serializable checkpoint) {
    run = Long.parseLong(runId);
    policy = PolicyFile.fromJson(records.find(run).policyJson());
    table = new RecipientTable(policy);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<RunLedger.Undesignated> undesignated = new ArrayList<>();
    java.util.Map<String, Long> taxes = new java.util.HashMap<>();
    items.forEach(
        i ->
            taxes.put(
                ((TaxpayerSource.Taxpayer) i).id(), ((TaxpayerSource.Taxpayer) i).taxCents()));
    Aggregation chunk =
        new Aggregation(
            policy,
            table,
            (t, r) ->
                undesignated.add(new RunLedger.Undesignated(t, r, taxes.getOrDefault(t, 0L))));
    for (Object item : items) {
      TaxpayerSource.Taxpayer t = (TaxpayerSource.Taxpayer) item;
      chunk.add(t.id(), t.taxCents(), t.designations(table));
    }
    ledger.add(run, chunk.tally(), undesignated);
    metrics.counted(items.size());
  }
}
