package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;

/**
 * What others check of a canton's runs: the public aggregates and digests of published runs (A11),
 * and a run beside the one it would replace or replaced (A12). Reading never changes anything.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PublishedRuns {

  @Inject private RunRecords records;
  @Inject private RunLedger ledger;

  /** One recipient before (in the run compared with) and after (in this run), in currency units. */
  public record Difference(String recipient, String before, String after, String difference) {}

  /**
   * A run beside the run it is compared with: for a correction, the run it replaced; otherwise the
   * run in force of its canton and year. Both digests are named, so both can be verified.
   */
  public record Comparison(
      long run,
      String digest,
      long against,
      String againstDigest,
      boolean againstReplaced,
      List<Difference> lines) {}

  public Comparison compare(Caller caller, long id) {
    AllocationRun run = records.visible(caller, id);
    caller.requireCanton(run.canton(), Role.CLERK, Role.POLICY, Role.ADMIN);
    Optional<AllocationRun> replaced = records.replacedBy(id);
    Optional<AllocationRun> against =
        replaced.isPresent()
            ? replaced
            : records.inForce(run.canton(), run.fiscalYear()).filter(r -> r.id() != id);
    if (!run.computed() || against.isEmpty()) {
      throw new Conflict(
          "Comparing needs a computed run and another published run of "
              + run.canton()
              + " "
              + run.year()
              + " to compare it with (the run in force, or the run a correction replaced).");
    }
    Map<String, String[]> byRecipient = new TreeMap<>();
    ledger
        .lines(against.get().id())
        .forEach(l -> amounts(byRecipient, l.recipient())[0] = l.amount());
    ledger.lines(id).forEach(l -> amounts(byRecipient, l.recipient())[1] = l.amount());
    List<Difference> lines = new ArrayList<>();
    byRecipient.forEach(
        (recipient, a) ->
            lines.add(
                new Difference(
                    recipient,
                    a[0],
                    a[1],
                    new BigDecimal(a[1]).subtract(new BigDecimal(a[0])).toPlainString())));
    return new Comparison(
        id, run.digest(), against.get().id(), against.get().digest(), replaced.isPresent(), lines);
  }

  private static String[] amounts(Map<String, String[]> byRecipient, String recipient) {
    return byRecipient.computeIfAbsent(recipient, k -> new String[] {"0.00", "0.00"});
  }

  /**
   * AGGREGATES.json of a run: public once published (A11: it names no taxpayer); before that it
   * exists only for the canton's clerks and policy officers and the admin. {@code caller} is empty
   * for an anonymous request.
   */
  public String aggregates(Optional<Caller> caller, long id) {
    AllocationRun run = records.find(id);
    if (!run.published() && !caller.map(c -> c.seesDraftsOf(run.canton())).orElse(false)) {
      throw new NotFound("allocation run", id);
    }
    if (!run.computed()) {
      throw new Conflict("Run " + id + " is not computed yet.");
    }
    return run.aggregatesJson();
  }

  /**
   * What was published with a digest: canton, year and organizations of each report, whether it is
   * in force (A12), and, for a superseded run, the correction that replaced it; for a correction,
   * the run it replaced.
   */
  public record Verified(
      String digest,
      long run,
      String canton,
      int year,
      Instant publishedAt,
      List<String> organizations,
      boolean inForce,
      AllocationRun.Correction replacedBy,
      AllocationRun.Correction replaces) {}

  public List<Verified> verify(String digest) {
    if (digest == null || !digest.matches("[0-9a-f]{64}")) {
      throw new Invalid("digest", "is a SHA-256 in 64 lowercase hexadecimal digits");
    }
    List<Verified> found =
        records.publishedWithDigest(digest).stream().map(r -> verified(digest, r)).toList();
    if (found.isEmpty()) {
      throw new NotFound("published allocation report with digest", digest);
    }
    return found;
  }

  private Verified verified(String digest, AllocationRun r) {
    AllocationRun.Summary summary = records.summary(r, AllocationRun.State.PUBLISHED);
    return new Verified(
        digest,
        r.id(),
        r.canton().value(),
        r.year(),
        summary.publishedAt(),
        ledger.lines(r.id()).stream()
            .map(RunLedger.LineView::recipient)
            .filter(x -> !x.equals("canton"))
            .toList(),
        summary.inForce(),
        summary.replacedBy(),
        summary.replaces());
  }
}
