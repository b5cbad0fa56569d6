package org.confederatio.allocation;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.designation.TaxpayerLists;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.UndesignatedReason;
import org.confederatio.rules.api.allocation.Weights;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.money.Money;
import org.confederatio.time.FiscalCalendar;

/**
 * Allocation runs as their clerks start, follow, stop, restart and publish them, and as the
 * canton's clerks and policy officers read them. The work itself is the batch job {@code
 * allocation-run}; this class never holds a transaction open around the job's start, so the job
 * sees the run it was started for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AllocationRuns {

  static final String JOB = "allocation-run";

  @Inject private RunRecords records;
  @Inject private RunLedger ledger;
  @Inject private RunPublication publication;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private TaxpayerLists taxpayerCount;
  @Inject private FiscalCalendar calendar;

  /** A run with what is known of it: its lines and undesignated counts once computed. */
  public record View(
      AllocationRun.Summary run,
      List<RunLedger.LineView> lines,
      List<Undesignated> undesignated,
      String retainedByCanton) {}

  /**
   * Undesignated taxpayers of one reason and the part of the pot they carry (A3: rate x their tax
   * by amount, the canton's average slice by headcount), to the cent.
   */
  public record Undesignated(UndesignatedReason reason, long taxpayers, String amount) {}

  /** {@code year}: required, a year that has begun; checked after the caller may run. */
  public View start(Caller caller, CantonCode canton, FiscalYear year, Integer chunkSize) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    calendar.requireYearSoFar(year);
    if (chunkSize != null && (chunkSize < 1 || chunkSize > 10_000)) {
      throw new Invalid("chunkSize", "is between 1 and 10000 taxpayers");
    }
    for (AllocationRun run : records.of(canton, Optional.of(year))) {
      if (shown(run) == AllocationRun.State.RUNNING) {
        throw new Conflict(
            "Run "
                + run.id()
                + " of "
                + canton
                + " "
                + year
                + " is still running; wait for it or stop it.");
      }
    }
    AllocationPolicy policy = policies.allocationPolicy(canton, year);
    long id =
        records.create(
            canton, year, policy, taxpayerCount.assessed(canton, year), caller.username());
    Properties parameters = new Properties();
    parameters.setProperty("runId", Long.toString(id));
    if (chunkSize != null) {
      parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    }
    records.started(id, operator().start(JOB, parameters));
    return view(records.find(id));
  }

  public View view(Caller caller, long id) {
    AllocationRun run = records.visible(caller, id);
    caller.requireCanton(run.canton(), Role.CLERK, Role.POLICY, Role.ADMIN);
    return view(run);
  }

  public List<AllocationRun.Summary> list(
      Caller caller, CantonCode canton, Optional<FiscalYear> year) {
    caller.requireCanton(canton, Role.CLERK, Role.POLICY, Role.ADMIN);
    cantons.find(canton);
    return records.of(canton, year).stream().map(r -> records.summary(r, shown(r))).toList();
  }

  public View stop(Caller caller, long id) {
    AllocationRun run = records.visible(caller, id);
    caller.requireCanton(run.canton(), Role.CLERK);
    if (shown(run) != AllocationRun.State.RUNNING) {
      throw new Conflict(
          "Run " + id + " is " + shown(run) + ", not running: there is nothing to stop.");
    }
    operator().stop(run.executionId());
    return view(records.find(id));
  }

  /** Goes on from the last checkpoint of a stopped or failed run (also after the server died). */
  public View restart(Caller caller, long id) {
    AllocationRun run = records.visible(caller, id);
    caller.requireCanton(run.canton(), Role.CLERK);
    AllocationRun.State state = shown(run);
    if (state != AllocationRun.State.STOPPED && state != AllocationRun.State.FAILED) {
      throw new Conflict("Run " + id + " is " + state + "; only a stopped or failed run restarts.");
    }
    Properties parameters = operator().getParameters(run.executionId());
    records.started(id, operator().restart(run.executionId(), parameters));
    return view(records.find(id));
  }

  /**
   * Publishes a computed draft (A12): the first of its canton's year is in force; another is a
   * correction that needs a {@code reason} and supersedes the run in force ({@code replaces}, if
   * given, must be that run).
   */
  public View publish(Caller caller, long id, String reason, Long replaces) {
    AllocationRun run = records.visible(caller, id);
    caller.requireCanton(run.canton(), Role.CLERK);
    if (run.state() != AllocationRun.State.DRAFT) {
      throw new Conflict(
          "Run "
              + id
              + " is "
              + shown(run)
              + "; only a computed draft can be published,"
              + " and a published run never changes.");
    }
    publication.publish(id, caller.username(), reason, replaces);
    return view(records.find(id));
  }

  private View view(AllocationRun run) {
    if (!run.computed()) {
      return new View(records.summary(run, shown(run)), List.of(), undesignated(run, null), null);
    }
    List<RunLedger.LineView> lines = ledger.lines(run.id());
    String canton =
        lines.stream()
            .filter(l -> l.recipient().equals("canton"))
            .map(RunLedger.LineView::amount)
            .findFirst()
            .orElse("0.00");
    return new View(
        records.summary(run, run.state()),
        lines,
        undesignated(run, run.summary(run.state()).pot()),
        canton);
  }

  /** The amounts are known once the run is computed (by headcount they need the whole pot). */
  private List<Undesignated> undesignated(AllocationRun run, String pot) {
    AllocationPolicy policy =
        org.confederatio.rules.api.format.PolicyFile.fromJson(run.policyJson());
    long assessed = run.summary(run.state()).taxpayersTotal();
    List<Undesignated> result = new ArrayList<>();
    ledger
        .reasons(run.id())
        .forEach(
            (reason, count) -> {
              String amount =
                  pot == null
                      ? null
                      : Weights.carried(
                              policy,
                              reason,
                              count.taxpayers(),
                              Money.ofCents(count.taxCents()),
                              new BigDecimal(pot),
                              assessed)
                          .toString();
              result.add(new Undesignated(reason, count.taxpayers(), amount));
            });
    return result;
  }

  /** The run's state, or its job's while it is not computed. */
  AllocationRun.State shown(AllocationRun run) {
    if (run.computed() || run.executionId() == 0) {
      return run.state();
    }
    BatchStatus status = operator().getJobExecution(run.executionId()).getBatchStatus();
    return switch (status) {
      case STOPPED -> AllocationRun.State.STOPPED;
      case FAILED, ABANDONED -> AllocationRun.State.FAILED;
      default -> AllocationRun.State.RUNNING;
    };
  }

  private static JobOperator operator() {
    return BatchRuntime.getJobOperator();
  }
}
