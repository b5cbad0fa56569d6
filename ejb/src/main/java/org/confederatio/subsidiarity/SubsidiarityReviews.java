package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.CantonPolicyVersion;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.subsidiarity.Facts;
import org.confederatio.rules.api.subsidiarity.Finding;
import org.confederatio.rules.api.subsidiarity.FindingKind;
import org.confederatio.rules.api.subsidiarity.Justification;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.rules.api.subsidiarity.Review;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/**
 * A canton's subsidiarity review, computed by the rules module from the register as it is now.
 * Reading it changes nothing: the day's counts for the trend are recorded by {@link ReviewTrend}
 * when the register, a candidacy or a justification changes, and every day by {@link DailyReview}.
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
  @Inject private ReviewTrend trend;

  /** A finding as shown; its id names the canton, the function and the kind. */
  public record FindingView(
      String id,
      FindingKind kind,
      String rule,
      String function,
      String functionName,
      Facts facts,
      Finding.Status status,
      String justification,
      String justifiedBy,
      LocalDate justifiedUntil,
      List<JustificationView> history) {}

  /**
   * One justification of a finding as recorded. The latest recorded counts (S4), whether or not it
   * is still current; the earlier ones are its history.
   */
  public record JustificationView(
      String reason, String by, LocalDate until, Instant recordedAt, boolean counts) {}

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
      List<ReviewTrend.Day> trend) {}

  /** The review as of today; reading it records nothing. */
  public ReviewView review(Caller caller, CantonCode canton) {
    cantons.find(canton);
    return compute(canton, candidacies.all());
  }

  /** The review of a canton as of today, from the register and the candidacies given. */
  public ReviewView compute(
      CantonCode canton, List<org.confederatio.rules.api.subsidiarity.Candidacy> all) {
    LocalDate today = calendar.today();
    List<RegisteredFunction> functions = register.registerOf(canton);
    int required =
        policies
            .inForce(canton, FiscalYear.of(today.getYear()))
            .map(CantonPolicyVersion::commonsPrinciples)
            .orElse(Review.DEFAULT_REQUIRED_PRINCIPLES);
    List<Justification> justifications = justifications(canton);
    Review review =
        Review.of(
            canton,
            functions.stream().map(RegisteredFunction::toRules).toList(),
            all,
            justifications,
            required,
            today);
    List<FindingView> findings =
        review.findings().stream().map(f -> view(canton, f, justifications)).toList();
    List<String> compliantIds = review.compliant().stream().map(f -> f.id()).toList();
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
        functions.stream()
            .filter(f -> compliantIds.contains(f.id()))
            .map(RegisteredFunction::summary)
            .toList());
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
    em.persist(
        new FindingJustification(
            canton,
            finding.function(),
            finding.kind(),
            reason.strip(),
            until,
            calendar.now(),
            caller.username()));
    audit.record(
        caller.username(),
        "justify",
        "Finding",
        findingId,
        AuditScope.of(canton),
        null, // the finding is named by the entry's id; the justification is what was added
        reason.strip() + " until " + until);
    trend.record(canton);
    return review(caller, canton).findings().stream()
        .filter(f -> f.id().equals(findingId))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The dashboard: today's counts from the review as it is now, findings seen on an earlier day and
   * no longer found as resolved, and the recorded days of the trend ending with today.
   */
  public Dashboard dashboard(Caller caller, CantonCode canton) {
    ReviewView review = review(caller, canton);
    Map<Level, Long> byLevel = new EnumMap<>(Level.class);
    List<FunctionRegister.Summary> functions = register.of(canton);
    for (Level level : Level.values()) {
      byLevel.put(level, functions.stream().filter(f -> f.level() == level).count());
    }
    ReviewTrend.Day today = trend.today(review);
    List<ReviewTrend.Day> days = new ArrayList<>(trend.days(canton));
    days.removeIf(d -> d.on().equals(today.on()));
    days.add(today);
    return new Dashboard(
        canton.value(), byLevel, today.open(), today.justified(), today.resolved(), days);
  }

  private FindingView view(CantonCode canton, Finding f, List<Justification> justifications) {
    String id = canton + ":" + f.function() + ":" + f.kind();
    List<Justification> ofFinding =
        justifications.stream()
            .filter(j -> j.function().equals(f.function()) && j.kind() == f.kind())
            .sorted(java.util.Comparator.comparing(Justification::recordedAt).reversed())
            .toList();
    List<JustificationView> history = new ArrayList<>();
    for (int i = 0; i < ofFinding.size(); i++) {
      Justification j = ofFinding.get(i);
      history.add(new JustificationView(j.reason(), j.by(), j.until(), j.recordedAt(), i == 0));
    }
    return new FindingView(
        id,
        f.kind(),
        f.rule(),
        f.function(),
        f.functionName(),
        f.facts(),
        f.status(),
        f.justification().map(Justification::reason).orElse(null),
        f.justification().map(Justification::by).orElse(null),
        f.justification().map(Justification::until).orElse(null),
        history);
  }

  private List<Justification> justifications(CantonCode canton) {
    return em.createNamedQuery(FindingJustification.OF_CANTON, FindingJustification.class)
        .setParameter("canton", canton)
        .getResultStream()
        .map(FindingJustification::toRules)
        .toList();
  }
}
