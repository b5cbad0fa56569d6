package org.confederatio.allocation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * Reads a run's taxpayers in id order, with the unassessed designators between them (A2), a page of
 * {@link TaxpayerSource#PAGE} at a time whatever the chunk size. It begins after the run's own
 * checkpoint (the last taxpayer counted), so a restarted job, or a new one that took the run over,
 * goes on after it. Its container checkpoint is only informative.
 */
@Named("taxpayerReader")
@Dependent
public class TaxpayerReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "runId")
  private String runId;

  @Inject private TaxpayerSource source;
  @Inject private RunRecords records;
  @Inject private RunLedger ledger;

  private CantonCode canton;
  private FiscalYear year;
  private final Deque<TaxpayerSource.Entry> buffer = new ArrayDeque<>();
  private String fetchedUpTo = "";
  private String handedUpTo = "";

  @Override
  public void open(Serializable checkpoint) {
    AllocationRun run = records.find(Long.parseLong(runId));
    canton = run.canton();
    year = run.fiscalYear();
    // the run's own checkpoint, committed with the tally, not the container's (which commits on
    // its own and may be a chunk ahead or behind): see RunLedger#checkpoint
    handedUpTo = ledger.checkpoint(run.id()).lastCounted();
    fetchedUpTo = handedUpTo;
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty()) {
      List<TaxpayerSource.Entry> page =
          source.entries(canton, year, fetchedUpTo, TaxpayerSource.PAGE);
      if (page.isEmpty()) {
        return null;
      }
      buffer.addAll(page);
      fetchedUpTo = page.get(page.size() - 1).id();
    }
    TaxpayerSource.Entry next = buffer.removeFirst();
    handedUpTo = next.id();
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return handedUpTo;
  }
}
