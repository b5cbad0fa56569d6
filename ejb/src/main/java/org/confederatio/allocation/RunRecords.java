package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.confederatio.access.Caller;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.format.AggregatesFile;
import org.confederatio.rules.api.format.PolicyFile;
import org.confederatio.rules.api.format.RunDigest;
import org.confederatio.time.FiscalCalendar;

/**
 * The allocation run rows, each change in its own transaction: the batch job and the service that
 * starts it must each see what the other committed.
 */
@Stateless
public class RunRecords {

  private static final Logger LOG = Logger.getLogger(RunRecords.class.getName());

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private RunLedger ledger;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  public AllocationRun find(long id) {
    AllocationRun run = em.find(AllocationRun.class, id);
    if (run == null) {
      throw new NotFound("allocation run", id);
    }
    return run;
  }

  /**
   * A run as the caller may know it: a run not yet published exists only for its canton's clerks
   * and policy officers and the admin; to anyone else it is not found, like a run that never was.
   */
  public AllocationRun visible(Caller caller, long id) {
    AllocationRun run = find(id);
    if (!run.published() && !caller.seesDraftsOf(run.canton())) {
      throw new NotFound("allocation run", id);
    }
    return run;
  }

  /** The canton's runs, newest first, of one year or of all. */
  public List<AllocationRun> of(CantonCode canton, Optional<FiscalYear> year) {
    if (year.isEmpty()) {
      return em.createQuery(
              "SELECT r FROM AllocationRun r WHERE r.canton = :c ORDER BY r.id DESC",
              AllocationRun.class)
          .setParameter("c", canton.value())
          .getResultList();
    }
    return em.createQuery(
            "SELECT r FROM AllocationRun r WHERE r.canton = :c AND r.year = :y ORDER BY r.id DESC",
            AllocationRun.class)
        .setParameter("c", canton.value())
        .setParameter("y", year.get().value())
        .getResultList();
  }

  /** A12 — the published run in force of a canton's year, if any. */
  public Optional<AllocationRun> inForce(CantonCode canton, FiscalYear year) {
    return em.createQuery(
            "SELECT r FROM AllocationRun r WHERE r.canton = :c AND r.year = :y AND r.standing.inForce = :t",
            AllocationRun.class)
        .setParameter("c", canton.value())
        .setParameter("y", year.value())
        .setParameter("t", Boolean.TRUE)
        .getResultStream()
        .findFirst();
  }

  /**
   * A12 — the run a correction replaced. Runs published side by side before A12 were all marked
   * superseded by the last one; it names the latest of them.
   */
  public Optional<AllocationRun> replacedBy(long correction) {
    return em.createQuery(
            "SELECT r FROM AllocationRun r WHERE r.standing.supersededBy = :id ORDER BY r.id DESC",
            AllocationRun.class)
        .setParameter("id", correction)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** A run as shown, with both sides of its corrections (A12). */
  public AllocationRun.Summary summary(AllocationRun run, AllocationRun.State shown) {
    if (!run.published()) {
      return run.summary(shown);
    }
    return run.summary(
        shown,
        replacedBy(run.id()).map(AllocationRun::asReplaced).orElse(null),
        run.supersededBy().map(id -> run.replacedBy(find(id))).orElse(null));
  }

  public List<AllocationRun> publishedWithDigest(String digest) {
    return em.createQuery(
            "SELECT r FROM AllocationRun r WHERE r.digest = :d AND r.state = :p ORDER BY r.id",
            AllocationRun.class)
        .setParameter("d", digest)
        .setParameter("p", AllocationRun.State.PUBLISHED)
        .getResultList();
  }

  public long create(
      CantonCode canton, FiscalYear year, AllocationPolicy policy, long taxpayers, String by) {
    AllocationRun run =
        new AllocationRun(
            canton, year, policy.version(), PolicyFile.json(policy), taxpayers, by, calendar.now());
    em.persist(run);
    em.flush();
    ledger.open(run.id());
    audit.record(
        by,
        "start",
        "AllocationRun",
        run.id(),
        AuditScope.of(canton),
        null,
        run.summary(AllocationRun.State.RUNNING));
    return run.id();
  }

  public void started(long id, long executionId) {
    find(id).started(executionId);
  }

  /**
   * The last step of the job: A5-A8 over the tally the chunks built (the unassessed designators,
   * A2, were counted by the chunks too), all written in this one transaction. Run twice (a restart
   * after the server died just as it finished, or two executions after a take-over), it does
   * nothing the second time.
   */
  public void complete(long id) {
    // the run's row stays locked until this transaction ends: a second execution (a take-over
    // while this one was only slow) waits here and then finds the run computed
    if (!ledger.claimCompletion(id)) {
      return;
    }
    long started = System.nanoTime();
    AllocationRun run = find(id);
    AllocationPolicy policy = PolicyFile.fromJson(run.policyJson());
    Aggregation aggregation =
        new Aggregation(
            policy,
            new RecipientTable(policy),
            (t, r) -> {
              throw new IllegalStateException("a tally has no taxpayers of its own");
            });
    aggregation.add(ledger.tally(id));
    Aggregates aggregates = aggregation.finish();
    Allocation allocation = Apportionment.apportion(aggregates);
    String json = AggregatesFile.json(aggregates);
    ledger.writeLines(id, allocation);
    run.computed(
        allocation.pot().cents(), json, RunDigest.of(json, allocation.lines()), calendar.now());
    LOG.info(
        () ->
            "Allocation run "
                + id
                + " computed: "
                + aggregates.taxpayers()
                + " taxpayers, last step "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
