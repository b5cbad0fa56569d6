package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.Candidacy;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.schema.NativeValues;
import org.confederatio.time.FiscalCalendar;

/**
 * Commons candidacies: a foundation offers to run a function and assesses its organization against
 * each design principle; a policy officer of the function's canton (the administrator for a
 * confederal function) accepts or rejects each. Only accepted principles count.
 */
@Stateless
public class Candidacies {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private FunctionRegister register;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private ReviewTrend trend;

  /** One principle as the organization assesses it. */
  public record Claim(String principle, Boolean met, String evidence) {}

  /** One principle as the policy officer reviews it. */
  public record Verdict(String principle, Boolean accepted, String comment) {}

  /** A principle with its claim and review. */
  public record PrincipleView(
      DesignPrinciple principle,
      boolean claimedMet,
      String evidence,
      Boolean accepted,
      String comment) {}

  /** A candidacy as shown, with how many principles count so far. */
  public record View(
      long id, String function, String organization, List<PrincipleView> principles, int counted) {}

  public View submit(Caller caller, String functionId, List<Claim> claims) {
    caller.require(Role.FOUNDATION);
    OrganizationId organization = caller.organization().orElseThrow();
    FunctionRegister.Summary function = register.find(functionId);
    if (function.level() == Level.COMMONS) {
      throw new Conflict("'" + functionId + "' is run as commons already.");
    }
    Violations v = new Violations();
    Map<DesignPrinciple, Claim> byPrinciple = new EnumMap<>(DesignPrinciple.class);
    List<Claim> given = claims == null ? List.of() : claims;
    for (int i = 0; i < given.size(); i++) {
      Claim c = given.get(i);
      String field = "principles[" + i + "]";
      DesignPrinciple p = v.oneOf(field + ".principle", DesignPrinciple.class, c.principle());
      v.check(c.met() != null, field + ".met", "is required: whether the organization meets it");
      v.check(
          c.evidence() != null && !c.evidence().isBlank() && c.evidence().length() <= 2000,
          field + ".evidence",
          "is required: what shows it (at most 2000 characters)");
      if (p != null) {
        v.check(byPrinciple.put(p, c) == null, field + ".principle", p + " is assessed twice");
      }
    }
    Set<DesignPrinciple> missing = EnumSet.allOf(DesignPrinciple.class);
    missing.removeAll(byPrinciple.keySet());
    v.check(
        missing.isEmpty(), "principles", "assess all eight design principles; missing: " + missing);
    v.throwIfAny();
    if (!em.createNativeQuery(
            "SELECT id FROM candidacy WHERE function_id = ? AND organization_id = ?")
        .setParameter(1, functionId)
        .setParameter(2, organization.value())
        .getResultList()
        .isEmpty()) {
      throw new Conflict(organization + " has a candidacy for '" + functionId + "' already.");
    }
    em.createNativeQuery(
            "INSERT INTO candidacy (function_id, organization_id, submitted_at, submitted_by)"
                + " VALUES (?, ?, ?, ?)")
        .setParameter(1, functionId)
        .setParameter(2, organization.value())
        .setParameter(3, Timestamp.from(calendar.now()))
        .setParameter(4, caller.username())
        .executeUpdate();
    long id =
        ((Number)
                em.createNativeQuery(
                        "SELECT id FROM candidacy WHERE function_id = ? AND organization_id = ?")
                    .setParameter(1, functionId)
                    .setParameter(2, organization.value())
                    .getSingleResult())
            .longValue();
    byPrinciple.forEach(
        (p, c) ->
            em.createNativeQuery(
                    "INSERT INTO candidacy_principle (candidacy_id, principle,"
                        + " claimed_met, evidence) VALUES (?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, p.name())
                .setParameter(3, c.met())
                .setParameter(4, c.evidence().strip())
                .executeUpdate());
    View view = view(id);
    audit.record(caller.username(), "submit", "Candidacy", id, function.auditScope(), null, view);
    trend.recordFor(function);
    return view;
  }

  /** Accepts or rejects principles of a candidacy; each verdict may be given again to change it. */
  public View review(Caller caller, long id, List<Verdict> verdicts) {
    View before = view(id);
    FunctionRegister.Summary function = register.find(before.function());
    if (function.level() == Level.CONFEDERAL) {
      caller.require(Role.ADMIN);
    } else {
      caller.requireCanton(CantonCode.of(function.canton()), Role.POLICY);
    }
    List<Verdict> given = verdicts == null ? List.of() : verdicts;
    Violations v = new Violations();
    v.check(!given.isEmpty(), "principles", "review at least one principle");
    for (int i = 0; i < given.size(); i++) {
      Verdict r = given.get(i);
      String field = "principles[" + i + "]";
      v.oneOf(field + ".principle", DesignPrinciple.class, r.principle());
      v.check(
          r.accepted() != null,
          field + ".accepted",
          "is required: true to accept, false to reject");
      v.check(
          r.comment() == null || r.comment().length() <= 2000,
          field + ".comment",
          "is at most 2000 characters");
    }
    v.throwIfAny();
    for (Verdict r : given) {
      em.createNativeQuery(
              "UPDATE candidacy_principle SET accepted = ?, review_comment = ?, reviewed_by = ?,"
                  + " reviewed_at = ? WHERE candidacy_id = ? AND principle = ?")
          .setParameter(1, r.accepted())
          .setParameter(2, r.comment())
          .setParameter(3, caller.username())
          .setParameter(4, Timestamp.from(calendar.now()))
          .setParameter(5, id)
          .setParameter(6, r.principle())
          .executeUpdate();
    }
    View after = view(id);
    audit.record(
        caller.username(), "review", "Candidacy", id, function.auditScope(), before, after);
    trend.recordFor(function);
    return after;
  }

  public View view(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em.createNativeQuery("SELECT function_id, organization_id FROM candidacy WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    if (head.isEmpty()) {
      throw new NotFound("candidacy", id);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT principle, claimed_met, evidence, accepted, review_comment"
                    + " FROM candidacy_principle WHERE candidacy_id = ?")
            .setParameter(1, id)
            .getResultList();
    List<PrincipleView> principles = new ArrayList<>();
    for (Object[] r : rows) {
      principles.add(
          new PrincipleView(
              DesignPrinciple.valueOf(((String) r[0]).strip()),
              NativeValues.bool(r[1]),
              (String) r[2],
              r[3] == null ? null : NativeValues.bool(r[3]),
              (String) r[4]));
    }
    principles.sort(java.util.Comparator.comparing(PrincipleView::principle));
    int counted =
        (int)
            principles.stream()
                .filter(p -> p.claimedMet() && Boolean.TRUE.equals(p.accepted()))
                .count();
    return new View(id, (String) head.get(0)[0], (String) head.get(0)[1], principles, counted);
  }

  /** The candidacies for the functions of a canton's register (its own and the confederation's). */
  public List<View> forCanton(CantonCode canton) {
    java.util.Set<String> functions = new java.util.HashSet<>();
    register.of(canton).forEach(f -> functions.add(f.id()));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, function_id FROM candidacy ORDER BY id").getResultList();
    return rows.stream()
        .filter(r -> functions.contains((String) r[1]))
        .map(r -> view(((Number) r[0]).longValue()))
        .toList();
  }

  /** Every candidacy, for the rules: only claimed and accepted principles are met. */
  public List<Candidacy> all() {
    @SuppressWarnings("unchecked")
    List<Object> ids = em.createNativeQuery("SELECT id FROM candidacy ORDER BY id").getResultList();
    List<Candidacy> result = new ArrayList<>();
    for (Object id : ids) {
      View view = view(((Number) id).longValue());
      Set<DesignPrinciple> met = EnumSet.noneOf(DesignPrinciple.class);
      view.principles().stream()
          .filter(p -> p.claimedMet() && Boolean.TRUE.equals(p.accepted()))
          .forEach(p -> met.add(p.principle()));
      result.add(
          new Candidacy(
              Long.toString(view.id()),
              view.function(),
              OrganizationId.of(view.organization()),
              met));
    }
    return result;
  }
}
