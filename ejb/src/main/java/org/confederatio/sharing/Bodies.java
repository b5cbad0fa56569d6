package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.rules.api.sharing.Body;
import org.confederatio.rules.api.sharing.DisbursementRule;
import org.confederatio.time.FiscalCalendar;

/**
 * The confederal bodies (defined by the administrator) and the cantons' memberships (a policy
 * officer joins or leaves for their canton, from a future fiscal year). History is kept: leaving
 * closes a membership, joining again opens a new one.
 */
@Stateless
public class Bodies {

  /** The decimal places the rate columns keep (DECIMAL(7, 6)). */
  static final int RATE_SCALE = 6;

  /** The decimal places {@code confederal_body.target_percent} keeps (DECIMAL(5, 2)). */
  static final int TARGET_SCALE = 2;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private CantonRegistry cantons;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /** A body as typed. */
  public record NewBody(
      String organization,
      String minRate,
      String maxRate,
      String disbursement,
      String targetPercent) {}

  /** A body as shown, with its members' history. */
  public record BodyView(
      String organization,
      String name,
      String minRate,
      String maxRate,
      DisbursementRule disbursement,
      String targetPercent,
      List<MembershipView> memberships) {}

  /** One membership: rate and years (until empty while current). */
  public record MembershipView(
      long id, String body, String canton, String rate, int fromYear, Integer untilYear) {}

  public List<BodyView> all() {
    List<Object[]> rows =
        em.createQuery(
                "SELECT b, o.name FROM ConfederalBody b, Organization o"
                    + " WHERE o.id = b.organization ORDER BY b.organization",
                Object[].class)
            .getResultList();
    List<BodyView> result = new ArrayList<>();
    for (Object[] row : rows) {
      ConfederalBody body = (ConfederalBody) row[0];
      result.add(view(body, (String) row[1]));
    }
    return result;
  }

  private BodyView view(ConfederalBody entity, String name) {
    Body body = entity.rules();
    return new BodyView(
        body.id().value(),
        name,
        plain(body.minRate()),
        plain(body.maxRate()),
        body.rule(),
        body.targetPercent() == null ? null : plain(body.targetPercent()),
        memberships(body.id()).stream().map(Membership::view).toList());
  }

  public BodyView find(OrganizationId id) {
    ConfederalBody body = entity(id);
    return view(body, em.find(Organization.class, id.value()).details().name());
  }

  private ConfederalBody entity(OrganizationId id) {
    ConfederalBody body = em.find(ConfederalBody.class, id.value());
    if (body == null) {
      throw new NotFound("confederal body", id);
    }
    return body;
  }

  /** A request that names no body is a bad request, not one for an unknown body (404). */
  private static void requireBodyNamed(OrganizationId bodyId) {
    if (bodyId == null) {
      throw new Invalid("body", "is required: the id of a confederal body");
    }
  }

  /** The rules' view of a body. */
  public Body rules(OrganizationId id) {
    return entity(id).rules();
  }

  public BodyView define(Caller caller, NewBody body) {
    caller.require(Role.ADMIN);
    NewBody in = body == null ? new NewBody(null, null, null, null, null) : body;
    Violations v = new Violations();
    Organization organization =
        in.organization() == null ? null : em.find(Organization.class, in.organization());
    v.check(
        organization != null && organization.details().kind() == OrganizationKind.CONFEDERAL_FUND,
        "organization",
        "is required: a registered organization of kind CONFEDERAL_FUND");
    BigDecimal min = v.parse("minRate", () -> rate(in.minRate()));
    BigDecimal max = v.parse("maxRate", () -> rate(in.maxRate()));
    DisbursementRule rule = v.oneOf("disbursement", DisbursementRule.class, in.disbursement());
    BigDecimal target =
        in.targetPercent() == null || in.targetPercent().isBlank()
            ? null
            : v.parse(
                "targetPercent", () -> Notation.decimal(in.targetPercent().strip(), TARGET_SCALE));
    v.throwIfAny();
    Body defined =
        v.parse(
            "maxRate",
            () -> new Body(OrganizationId.of(in.organization()), min, max, rule, target));
    v.check(
        rule != DisbursementRule.EQUALIZATION || target != null,
        "targetPercent",
        "is required for EQUALIZATION: the minimum endowment in percent of the members' mean (e.g. 86.5)");
    v.throwIfAny();
    if (em.find(ConfederalBody.class, in.organization()) != null) {
      throw new Conflict(in.organization() + " is a confederal body already.");
    }
    em.persist(new ConfederalBody(defined, caller.username(), calendar.now()));
    em.flush();
    BodyView created = find(defined.id());
    audit.record(
        caller.username(),
        "define",
        "ConfederalBody",
        in.organization(),
        AuditScope.confederal(),
        null,
        created);
    return created;
  }

  /** C1 — joins a body for the canton from a future fiscal year, at a rate in the body's range. */
  public MembershipView join(
      Caller caller, CantonCode canton, OrganizationId bodyId, String rate, FiscalYear fromYear) {
    caller.requireCanton(canton, Role.POLICY);
    cantons.find(canton);
    requireBodyNamed(bodyId);
    Body body = rules(bodyId);
    Violations v = new Violations();
    BigDecimal r = v.parse("rate", () -> rate(rate));
    v.check(
        r == null || body.allows(r),
        "rate",
        "must be between "
            + body.minRate().toPlainString()
            + " and "
            + body.maxRate().toPlainString()
            + " for "
            + bodyId
            + " (C1)");
    v.check(
        fromYear != null && fromYear.value() > calendar.currentYear(),
        "fromYear",
        "must be a future fiscal year (after " + calendar.currentYear() + ")");
    v.throwIfAny();
    if (current(bodyId, canton, fromYear).isPresent()) {
      throw new Conflict(
          "Canton "
              + canton
              + " is a member of "
              + bodyId
              + " in "
              + fromYear
              + " already; leave first to change its rate.");
    }
    Membership membership =
        new Membership(bodyId, canton, r, fromYear, caller.username(), calendar.now());
    em.persist(membership);
    em.flush();
    MembershipView joined = membership.view();
    audit.record(
        caller.username(),
        "join",
        "Membership",
        canton + "/" + bodyId,
        AuditScope.of(canton),
        null,
        joined);
    return joined;
  }

  /** Leaves a body after a year (the last year of membership), which must not have begun. */
  public MembershipView leave(
      Caller caller, CantonCode canton, OrganizationId bodyId, FiscalYear lastYear) {
    caller.requireCanton(canton, Role.POLICY);
    requireBodyNamed(bodyId);
    entity(bodyId);
    if (lastYear == null || lastYear.value() < calendar.currentYear()) {
      throw new Invalid(
          "lastYear", "is required: the last fiscal year of membership, this year or later");
    }
    Membership open =
        memberships(bodyId).stream()
            .filter(m -> m.canton().equals(canton) && m.open())
            .findFirst()
            .orElseThrow(() -> new NotFound("open membership of " + canton + " in", bodyId));
    MembershipView before = open.view();
    open.leaveAfter(lastYear);
    em.flush();
    MembershipView left = open.view();
    audit.record(
        caller.username(),
        "leave",
        "Membership",
        canton + "/" + bodyId,
        AuditScope.of(canton),
        before,
        left);
    return left;
  }

  /** Every membership of a canton, all bodies. */
  public List<MembershipView> of(CantonCode canton) {
    cantons.find(canton);
    return all().stream()
        .flatMap(b -> b.memberships().stream())
        .filter(m -> m.canton().equals(canton.value()))
        .toList();
  }

  /** C1 — the memberships in force in a body during a fiscal year. */
  public List<Membership> membershipsIn(OrganizationId body, FiscalYear year) {
    return memberships(body).stream().filter(m -> m.covers(year)).toList();
  }

  /** A body's memberships, by canton and then first year. */
  private List<Membership> memberships(OrganizationId body) {
    return em.createNamedQuery(Membership.OF_BODY, Membership.class)
        .setParameter("body", body)
        .getResultList();
  }

  /** The membership of a canton in a body during a year, if any (C1). */
  private Optional<Membership> current(OrganizationId body, CantonCode canton, FiscalYear year) {
    return memberships(body).stream()
        .filter(m -> m.canton().equals(canton) && m.covers(year))
        .findFirst();
  }

  private static String plain(BigDecimal decimal) {
    return decimal.stripTrailingZeros().toPlainString();
  }

  /**
   * A rate as its column keeps it (DECIMAL(7, 6)): more decimal places are refused, not rounded.
   */
  private static BigDecimal rate(String text) {
    return Notation.decimal(text == null ? null : text.strip(), RATE_SCALE);
  }
}
