package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;

/** A lapsed lease taken over, with its audit entry, in one transaction. */
@Stateless
public class RunTakeOvers {

  @Inject private RunLedger ledger;
  @Inject private RunRecords records;
  @Inject private AuditTrail audit;

  /** False if another instance (or an earlier sweep) took it over first. */
  public boolean takeOver(RunLedger.Lapsed lapsed, String instance, long until) {
    if (!ledger.takeOver(lapsed, instance, until)) {
      return false;
    }
    AllocationRun run = records.find(lapsed.run());
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("instance", lapsed.owner());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("instance", instance);
    after.put("taxpayersDone", run.summary(AllocationRun.State.RUNNING).taxpayersDone());
    audit.record(
        "system",
        "take-over",
        "AllocationRun",
        run.id(),
        AuditScope.of(run.canton()),
        before,
        after);
    return true;
  }
}
