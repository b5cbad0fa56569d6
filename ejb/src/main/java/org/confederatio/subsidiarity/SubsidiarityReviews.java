package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.files.CsvExport;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.CantonPolicyVersion;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.subsidiarity.Finding;
import org.confederatio.rules.subsidiarity.FindingKind;
import org.confederatio.rules.subsidiarity.Justification;
import org.confederatio.rules.subsidiarity.Level;
import org.confederatio.rules.subsidiarity.Review;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/**
 * A canton's subsidiarity review, computed by the rules module from the register as it is now. Each
 * review also records the day's counts and the findings seen, so the dashboard can show the trend
 * and which findings were resolved.
 */
@Stateless
public class SubsidiarityReviews {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private FunctionRegister register;
  @Inject private Candidacies candidacies;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /** A finding as shown; its id names the canton, the function and the kind. */
  public record FindingView(
      String id,
      FindingKind kind,
      String rule,
      String function,
      String functionName,
      String facts,
      String resolution,
      Finding.Status status,
      String justification,
      String justifiedBy,
      LocalDate justifiedUntil) {}

  /**
   * The review: when it was computed, from how large a register, its findings and compliant
   * functions.
   */
  public record ReviewView(
      String canton,
      LocalDate on,
      Instant computedAt,
      int functions,
      int candidacies,
      int requiredPrinciples,
      List<FindingView> findings,
      List<FunctionRegister.Summary> compliant) {}

  /** The dashboard of a canton: functions per level, findings by status, and each reviewed day. */
  public record Dashboard(
      String canton,
      Map<Level, Long> functionsByLevel,
      long open,
      long justified,
      long resolved,
      List<Day> trend) {}

  /** One day's review counts. */
  public record Day(LocalDate on, int open, int justified, int resolved, int compliant) {}

  public ReviewView review(Caller caller, CantonCode canton) {
    cantons.find(canton);
    LocalDate today = calendar.today();
    List<FunctionRegister.Summary> functions = register.of(canton);
    int required =
        policies
            .inForce(canton, today.getYear())
            .map(CantonPolicyVersion::commonsPrinciples)
            .orElse(Review.DEFAULT_REQUIRED_PRINCIPLES);
    var all = candidacies.all();
    Review review =
        Review.of(
            canton,
            functions.stream().map(FunctionRegister.Summary::toRules).toList(),
            all,
            justifications(canton),
            required,
            today);
    List<FindingView> findings = review.findings().stream().map(f -> view(canton, f)).toList();
    List<String> compliantIds = review.compliant().stream().map(f -> f.id()).toList();
    record(canton, today, findings, compliantIds.size());
    return new ReviewView(
        canton.value(),
        today,
        calendar.now(),
        functions.size(),
        (int)
            all.stream()
                .filter(c -> functions.stream().anyMatch(f -> f.id().equals(c.function())))
                .count(),
        required,
        findings,
        functions.stream().filter(f -> compliantIds.contains(f.id())).toList());
  }

  /** S4 — justifies a current finding of the policy officer's canton until a day to come. */
  public FindingView justify(Caller caller, String findingId, String reason, LocalDate until) {
    String[] parts = findingId == null ? new String[0] : findingId.split(":");
    if (parts.length != 3) {
      throw new NotFound("finding", findingId);
    }
    CantonCode canton = Violations.parseOrRefuse("finding", () -> CantonCode.of(parts[0]));
    caller.requireCanton(canton, Role.POLICY);
    Violations v = new Violations();
    v.check(
        reason != null && !reason.isBlank() && reason.length() <= 2000,
        "reason",
        "is required: why the function stays where it is (at most 2000 characters)");
    v.check(until != null, "until", "is required: a day to come, as YYYY-MM-DD");
    Plausible.justifiedUntil(v, "until", until, calendar.today());
    v.throwIfAny();
    FindingView finding =
        review(caller, canton).findings().stream()
            .filter(f -> f.id().equals(findingId))
            .findFirst()
            .orElseThrow(() -> new NotFound("current finding", findingId));
    em.createNativeQuery(
            "INSERT INTO justification (canton_code, function_id, kind, reason, until_date, recorded_at,"
                + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, canton.value())
        .setParameter(2, finding.function())
        .setParameter(3, finding.kind().name())
        .setParameter(4, reason.strip())
        .setParameter(5, Date.valueOf(until))
        .setParameter(6, Timestamp.from(calendar.now()))
        .setParameter(7, caller.username())
        .executeUpdate();
    audit.record(
        caller.username(),
        "justify",
        "Finding",
        findingId,
        AuditScope.of(canton),
        null, // the finding is named by the entry's id; the justification is what was added
        reason.strip() + " until " + until);
    return review(caller, canton).findings().stream()
        .filter(f -> f.id().equals(findingId))
        .findFirst()
        .orElseThrow();
  }

  public Dashboard dashboard(Caller caller, CantonCode canton) {
    ReviewView review = review(caller, canton);
    Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    List<FunctionRegister.Summary> functions = register.of(canton);
    for (Level level : Level.values()) {
      byLevel.put(level, functions.stream().filter(f -> f.level() == level).count());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT review_date, open_count, justified_count, resolved_count,"
                    + " compliant_count FROM review_day WHERE canton_code = ? ORDER BY review_date")
            .setParameter(1, canton.value())
            .getResultList();
    List<Day> trend = new ArrayList<>();
    for (Object[] r : rows) {
      trend.add(
          new Day(
              ((Date) r[0]).toLocalDate(),
              ((Number) r[1]).intValue(),
              ((Number) r[2]).intValue(),
              ((Number) r[3]).intValue(),
              ((Number) r[4]).intValue()));
    }
    Day today = trend.get(trend.size() - 1);
    return new Dashboard(
        canton.value(), byLevel, today.open(), today.justified(), today.resolved(), trend);
  }

  private FindingView view(CantonCode canton, Finding f) {
    String id = canton + ":" + f.function() + ":" + f.kind();
    return new FindingView(
        id,
        f.kind(),
        f.rule(),
        f.function(),
        f.functionName(),
        f.facts(),
        f.resolution(),
        f.status(),
        f.justification().map(Justification::reason).orElse(null),
        f.justification().map(Justification::by).orElse(null),
        f.justification().map(Justification::until).orElse(null));
  }

  private List<Justification> justifications(CantonCode canton) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT function_id, kind, reason, recorded_by, until_date"
                    + " FROM justification WHERE canton_code = ?")
            .setParameter(1, canton.value())
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Justification(
                    (String) r[0],
                    FindingKind.valueOf((String) r[1]),
                    (String) r[2],
                    (String) r[3],
                    ((Date) r[4]).toLocalDate()))
        .toList();
  }

  /** The day's counts, and every finding seen; one seen before but not now is resolved. */
  private void record(
      CantonCode canton, LocalDate today, List<FindingView> findings, int compliant) {
    Set<String> now = new HashSet<>();
    for (FindingView f : findings) {
      now.add(f.id());
      if (em.createNativeQuery(
                  "UPDATE review_finding_seen SET last_seen = ? WHERE canton_code = ? AND finding_id = ?")
              .setParameter(1, Date.valueOf(today))
              .setParameter(2, canton.value())
              .setParameter(3, f.id())
              .executeUpdate()
          == 0) {
        em.createNativeQuery(
                "INSERT INTO review_finding_seen (canton_code, finding_id, first_seen, last_seen)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, canton.value())
            .setParameter(2, f.id())
            .setParameter(3, Date.valueOf(today))
            .setParameter(4, Date.valueOf(today))
            .executeUpdate();
      }
    }
    @SuppressWarnings("unchecked")
    List<Object> seen =
        em.createNativeQuery("SELECT finding_id FROM review_finding_seen WHERE canton_code = ?")
            .setParameter(1, canton.value())
            .getResultList();
    int resolved = (int) seen.stream().filter(id -> !now.contains((String) id)).count();
    int open = (int) findings.stream().filter(f -> f.status() == Finding.Status.OPEN).count();
    int justified = findings.size() - open;
    if (em.createNativeQuery(
                "UPDATE review_day SET open_count = ?, justified_count = ?, resolved_count = ?,"
                    + " compliant_count = ? WHERE canton_code = ? AND review_date = ?")
            .setParameter(1, open)
            .setParameter(2, justified)
            .setParameter(3, resolved)
            .setParameter(4, compliant)
            .setParameter(5, canton.value())
            .setParameter(6, Date.valueOf(today))
            .executeUpdate()
        == 0) {
      em.createNativeQuery(
              "INSERT INTO review_day (canton_code, review_date, open_count, justified_count,"
                  + " resolved_count, compliant_count) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, canton.value())
          .setParameter(2, Date.valueOf(today))
          .setParameter(3, open)
          .setParameter(4, justified)
          .setParameter(5, resolved)
          .setParameter(6, compliant)
          .executeUpdate();
    }
  }

  /**
   * The review as CSV, with the day and the register's size it was computed from. Its texts are
   * people's (facts, justifications): the export writes them as text, never as formulas.
   */
  public static String csv(ReviewView review) {
    CsvExport out =
        new CsvExport(
            "subsidiarity review of "
                + review.canton()
                + " on "
                + review.on()
                + " from "
                + review.functions()
                + " functions and "
                + review.candidacies()
                + " candidacies",
            "finding,rule,function,status,facts,resolution,justification,until");
    for (FindingView f : review.findings()) {
      out.row(
          f.id(),
          f.rule(),
          f.function(),
          f.status(),
          f.facts(),
          f.resolution(),
          f.justification(),
          f.justifiedUntil());
    }
    for (FunctionRegister.Summary f : review.compliant()) {
      out.row(null, "S5", f.id(), "COMPLIANT", null, null, null, null);
    }
    return out.toString();
  }
}
