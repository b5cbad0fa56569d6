package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
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
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.rules.api.sharing.Body;
import org.confederatio.rules.api.sharing.DisbursementRule;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

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
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT b.organization_id, o.name, b.min_rate, b.max_rate,"
                    + " b.disbursement, b.target_percent FROM confederal_body b JOIN organization o ON o.id = b.organization_id"
                    + " ORDER BY b.organization_id")
            .getResultList();
    List<BodyView> result = new ArrayList<>();
    for (Object[] r : rows) {
      result.add(
          new BodyView(
              (String) r[0],
              (String) r[1],
              plain(r[2]),
              plain(r[3]),
              DisbursementRule.valueOf((String) r[4]),
              r[5] == null ? null : plain(r[5]),
              memberships((String) r[0])));
    }
    return result;
  }

  public BodyView find(String id) {
    return all().stream()
        .filter(b -> b.organization().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFound("confederal body", id));
  }

  /** A request that names no body is a bad request, not one for an unknown body (404). */
  private static void requireBodyNamed(String bodyId) {
    if (bodyId == null || bodyId.isBlank()) {
      throw new Invalid("body", "is required: the id of a confederal body");
    }
  }

  /** The rules' view of a body. */
  public Body rules(String id) {
    BodyView b = find(id);
    return new Body(
        OrganizationId.of(b.organization()),
        new BigDecimal(b.minRate()),
        new BigDecimal(b.maxRate()),
        b.disbursement(),
        b.targetPercent() == null ? null : new BigDecimal(b.targetPercent()));
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
    v.parse(
        "maxRate", () -> new Body(OrganizationId.of(in.organization()), min, max, rule, target));
    v.check(
        rule != DisbursementRule.EQUALIZATION || target != null,
        "targetPercent",
        "is required for EQUALIZATION: the minimum endowment in percent of the members' mean (e.g. 86.5)");
    v.throwIfAny();
    if (!em.createNativeQuery(
            "SELECT organization_id FROM confederal_body WHERE organization_id = ?")
        .setParameter(1, in.organization())
        .getResultList()
        .isEmpty()) {
      throw new Conflict(in.organization() + " is a confederal body already.");
    }
    em.createNativeQuery(
            "INSERT INTO confederal_body (organization_id, min_rate, max_rate, disbursement,"
                + " target_percent, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, in.organization())
        .setParameter(2, min)
        .setParameter(3, max)
        .setParameter(4, rule.name())
        .setParameter(5, target)
        .setParameter(6, Timestamp.from(calendar.now()))
        .setParameter(7, caller.username())
        .executeUpdate();
    BodyView created = find(in.organization());
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
      Caller caller, CantonCode canton, String bodyId, String rate, Integer fromYear) {
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
        fromYear != null && fromYear > calendar.currentYear(),
        "fromYear",
        "must be a future fiscal year (after " + calendar.currentYear() + ")");
    Plausible.year(v, "fromYear", fromYear);
    v.throwIfAny();
    if (current(bodyId, canton, fromYear) != null) {
      throw new Conflict(
          "Canton "
              + canton
              + " is a member of "
              + bodyId
              + " in "
              + fromYear
              + " already; leave first to change its rate.");
    }
    em.createNativeQuery(
            "INSERT INTO membership (body_id, canton_code, rate, from_year, recorded_at, recorded_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, bodyId)
        .setParameter(2, canton.value())
        .setParameter(3, r)
        .setParameter(4, fromYear)
        .setParameter(5, Timestamp.from(calendar.now()))
        .setParameter(6, caller.username())
        .executeUpdate();
    MembershipView joined = current(bodyId, canton, fromYear);
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
  public MembershipView leave(Caller caller, CantonCode canton, String bodyId, Integer lastYear) {
    caller.requireCanton(canton, Role.POLICY);
    requireBodyNamed(bodyId);
    find(bodyId);
    Violations v = new Violations();
    v.check(
        lastYear != null && lastYear >= calendar.currentYear(),
        "lastYear",
        "is required: the last fiscal year of membership, this year or later");
    Plausible.year(v, "lastYear", lastYear);
    v.throwIfAny();
    MembershipView open =
        memberships(bodyId).stream()
            .filter(m -> m.canton().equals(canton.value()) && m.untilYear() == null)
            .findFirst()
            .orElseThrow(() -> new NotFound("open membership of " + canton + " in", bodyId));
    if (lastYear < open.fromYear()) {
      throw new Invalid("lastYear", "is before the membership began (" + open.fromYear() + ")");
    }
    em.createNativeQuery("UPDATE membership SET until_year = ? WHERE id = ?")
        .setParameter(1, lastYear)
        .setParameter(2, open.id())
        .executeUpdate();
    MembershipView left =
        memberships(bodyId).stream().filter(m -> m.id() == open.id()).findFirst().orElseThrow();
    audit.record(
        caller.username(),
        "leave",
        "Membership",
        canton + "/" + bodyId,
        AuditScope.of(canton),
        open,
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
  public List<MembershipView> membersIn(String body, int year) {
    return memberships(body).stream()
        .filter(m -> m.fromYear() <= year && (m.untilYear() == null || m.untilYear() >= year))
        .toList();
  }

  List<MembershipView> memberships(String body) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, body_id, canton_code, rate, from_year, until_year"
                    + " FROM membership WHERE body_id = ? ORDER BY canton_code, from_year")
            .setParameter(1, body)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new MembershipView(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    plain(r[3]),
                    ((Number) r[4]).intValue(),
                    r[5] == null ? null : ((Number) r[5]).intValue()))
        .toList();
  }

  /** The membership of a canton in a body during a year, if any (C1). */
  MembershipView current(String body, CantonCode canton, int year) {
    return memberships(body).stream()
        .filter(
            m ->
                m.canton().equals(canton.value())
                    && m.fromYear() <= year
                    && (m.untilYear() == null || m.untilYear() >= year))
        .findFirst()
        .orElse(null);
  }

  private static String plain(Object decimal) {
    return ((BigDecimal) decimal).stripTrailingZeros().toPlainString();
  }

  /**
   * A rate as its column keeps it (DECIMAL(7, 6)): more decimal places are refused, not rounded.
   */
  private static BigDecimal rate(String text) {
    return Notation.decimal(text == null ? null : text.strip(), RATE_SCALE);
  }
}
