package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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
    if (!em.createNamedQuery(CommonsCandidacy.OF_ORGANIZATION, CommonsCandidacy.class)
        .setParameter("function", function.id())
        .setParameter("organization", organization)
        .getResultList()
        .isEmpty()) {
      throw new Conflict(organization + " has a candidacy for '" + functionId + "' already.");
    }
    CommonsCandidacy candidacy =
        new CommonsCandidacy(function.id(), organization, calendar.now(), caller.username());
    em.persist(candidacy);
    // the assessments' key holds the candidacy's id, which the database assigns
    em.flush();
    byPrinciple.forEach((p, c) -> em.persist(candidacy.assess(p, c.met(), c.evidence().strip())));
    long id = candidacy.id();
    View view = candidacy.view();
    audit.record(caller.username(), "submit", "Candidacy", id, function.auditScope(), null, view);
    trend.recordFor(function);
    return view;
  }

  /** Accepts or rejects principles of a candidacy; each verdict may be given again to change it. */
  public View review(Caller caller, long id, List<Verdict> verdicts) {
    CommonsCandidacy candidacy = candidacy(id);
    View before = candidacy.view();
    FunctionRegister.Summary function = register.find(before.function());
    if (function.level() == Level.CONFEDERAL) {
      caller.require(Role.ADMIN);
    } else {
      caller.requireCanton(CantonCode.of(function.canton()), Role.POLICY);
    }
    List<Verdict> given = verdicts == null ? List.of() : verdicts;
    Violations v = new Violations();
    v.check(!given.isEmpty(), "principles", "review at least one principle");
    List<DesignPrinciple> principles = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Verdict r = given.get(i);
      String field = "principles[" + i + "]";
      principles.add(v.oneOf(field + ".principle", DesignPrinciple.class, r.principle()));
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
    for (int i = 0; i < given.size(); i++) {
      Verdict r = given.get(i);
      candidacy.review(
          principles.get(i), r.accepted(), r.comment(), caller.username(), calendar.now());
    }
    View after = candidacy.view();
    audit.record(
        caller.username(), "review", "Candidacy", id, function.auditScope(), before, after);
    trend.recordFor(function);
    return after;
  }

  public View view(long id) {
    return candidacy(id).view();
  }

  private CommonsCandidacy candidacy(long id) {
    CommonsCandidacy found = em.find(CommonsCandidacy.class, id);
    if (found == null) {
      throw new NotFound("candidacy", id);
    }
    return found;
  }

  /** The candidacies for the functions of a canton's register (its own and the confederation's). */
  public List<View> forCanton(CantonCode canton) {
    Set<String> functions = new HashSet<>();
    register.of(canton).forEach(f -> functions.add(f.id()));
    return candidacies().stream()
        .filter(c -> functions.contains(c.function()))
        .map(CommonsCandidacy::view)
        .toList();
  }

  /** Every candidacy, for the rules: only claimed and accepted principles are met. */
  public List<Candidacy> all() {
    return candidacies().stream().map(CommonsCandidacy::toRules).toList();
  }

  private List<CommonsCandidacy> candidacies() {
    return em.createNamedQuery(CommonsCandidacy.ALL, CommonsCandidacy.class).getResultList();
  }
}
