package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.ConcurrentWrite;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.time.FiscalCalendar;

/**
 * Publishing a computed run, in one transaction. The database holds rule A12 by its key on (canton,
 * year, in force): whatever races past the checks here, a second run in force is refused by it, and
 * the publication that lost is told to look again.
 */
@Stateless
public class RunPublication {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private RunRecords records;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /**
   * A12 — the first published run of a canton's year is in force; publishing another is a
   * correction: it needs a stated reason and supersedes the run in force, which stays readable and
   * verifiable, marked with the correction that replaced it. {@code replaces}, when given, is the
   * run the publisher saw in force: if another is in force by now, nothing is published, so that of
   * two people correcting at once neither replaces a result they have not seen.
   */
  public AllocationRun publish(long id, String by, String reason, Long replaces) {
    try {
      return publishOrClash(id, by, reason, replaces);
    } catch (PersistenceException e) {
      if (ConcurrentWrite.lostRace(e)) {
        throw new Conflict(
            "Another run of the same canton and year was published at the same moment and is in"
                + " force now; look at it, then publish this one as a correction with a reason if"
                + " it should replace it.");
      }
      throw e;
    }
  }

  private AllocationRun publishOrClash(long id, String by, String reason, Long replaces) {
    // the draft's row lock makes a second click on the same draft wait, then find it published
    AllocationRun run = em.find(AllocationRun.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (run == null) {
      throw new NotFound("allocation run", id);
    }
    if (run.state() != AllocationRun.State.DRAFT) {
      throw new Conflict(
          "Run "
              + id
              + " is "
              + run.state()
              + "; only a computed draft can be published, and a published run never changes.");
    }
    Optional<AllocationRun> current = records.inForce(run.canton(), run.fiscalYear());
    if (replaces != null && !current.map(AllocationRun::id).equals(Optional.of(replaces))) {
      throw new Conflict(
          current
              .map(c -> "Run " + c.id() + " is in force for ")
              .orElse("No run is in force for ")
              .concat(run.canton() + " " + run.year() + ", not run " + replaces)
              .concat(": look at the runs again before correcting."));
    }
    Optional<String> why =
        CorrectionReason.check(
            reason,
            current.map(
                c ->
                    "run "
                        + c.id()
                        + " is in force for "
                        + run.canton()
                        + " "
                        + run.year()
                        + " (digest "
                        + c.digest()
                        + ")"));
    Instant now = calendar.now();
    AllocationRun.Summary replacedBefore =
        current.map(c -> records.summary(c, AllocationRun.State.PUBLISHED)).orElse(null);
    // the key is freed before it is taken again: two flushes, in this order
    current.ifPresent(c -> c.supersede(id, why.orElseThrow(), now));
    em.flush();
    run.publish(by, now);
    em.flush();
    audit.record(
        by,
        current.isPresent() ? "correct" : "publish",
        "AllocationRun",
        id,
        AuditScope.of(run.canton()),
        null,
        records.summary(run, AllocationRun.State.PUBLISHED));
    current.ifPresent(
        c ->
            audit.record(
                by,
                "supersede",
                "AllocationRun",
                c.id(),
                AuditScope.of(c.canton()),
                replacedBefore,
                records.summary(c, AllocationRun.State.PUBLISHED)));
    return run;
  }
}
