package org.confederatio.allocation;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.confederatio.designation.Shares;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.format.PolicyFile;

/**
 * Aggregates a chunk of taxpayers (A1-A4) under the run's policy, fixed when the run started, and
 * adds the chunk's tally to the run in the chunk's transaction, with the run's own checkpoint (the
 * last taxpayer of the chunk) and a renewal of the run's lease.
 */
@Named("tallyWriter")
@Dependent
public class TallyWriter extends AbstractItemWriter {

  private static final Logger LOG = Logger.getLogger(TallyWriter.class.getName());

  @Inject
  @BatchProperty(name = "runId")
  private String runId;

  @Inject private JobContext job;
  @Inject private RunRecords records;
  @Inject private RunLedger ledger;
  @Inject private RunMetrics metrics;
  @Inject private RunLeases leases;

  @Resource private TransactionSynchronizationRegistry transactions;

  private long run;
  private AllocationPolicy policy;
  private RecipientTable table;
  private RunLedger.Checkpoint checkpoint;
  private final Shares.Reader shares = new Shares.Reader();

  @Override
  public void open(Serializable ignored) {
    run = Long.parseLong(runId);
    policy = PolicyFile.fromJson(records.find(run).policyJson());
    table = new RecipientTable(policy);
    checkpoint = ledger.checkpoint(run);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<RunLedger.Undesignated> undesignated = new ArrayList<>();
    long[] tax = new long[1];
    // the listener hears of a taxpayer while it is added, so the tax of the one being added is
    // known; an unassessed designator has none
    Aggregation chunk =
        new Aggregation(
            policy, table, (t, r) -> undesignated.add(new RunLedger.Undesignated(t, r, tax[0])));
    int taxpayers = 0;
    for (Object item : items) {
      if (item instanceof TaxpayerSource.Taxpayer t) {
        tax[0] = t.taxCents();
        chunk.add(t.id(), t.taxCents(), t.designations(table, shares));
        taxpayers++;
      } else {
        tax[0] = 0;
        chunk.addUnassessed(((TaxpayerSource.Unassessed) item).id());
      }
    }
    // the reader hands everyone in id order: the last of the chunk is where the next one begins
    String last = ((TaxpayerSource.Entry) items.get(items.size() - 1)).id();
    ledger.addChunk(
        run, job.getExecutionId(), checkpoint, last, leases.until(), chunk.tally(), undesignated);
    RunLedger.Checkpoint counted = new RunLedger.Checkpoint(last, checkpoint.chunks() + 1);
    checkpoint = counted;
    metrics.counted(taxpayers);
    pauseIfAsked(counted.chunks());
  }

  /**
   * Test only ({@code confederatio.test.pause.run.chunks=N}): once the run's N-th chunk committed,
   * the job's thread blocks, so that a test can kill the server at that point. Counted per run, not
   * per execution, so a run resumed past chunk N never pauses again. Unset, it does nothing.
   */
  private void pauseIfAsked(long chunks) {
    var pause = leases.pauseAfterChunks();
    if (pause.isEmpty() || pause.getAsLong() != chunks) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              return;
            }
            LOG.warning(
                () ->
                    "Allocation run "
                        + run
                        + " paused after chunk "
                        + chunks
                        + " (confederatio.test.pause.run.chunks, test only)");
            try {
              Thread.sleep(java.time.Duration.ofMinutes(10).toMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
  }
}
