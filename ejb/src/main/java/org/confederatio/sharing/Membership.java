package org.confederatio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.sharing.Member;

/**
 * C1 — a canton's membership of a body at a rate, from a fiscal year; once it left, until its last
 * year. Leaving closes it and joining again opens another, so the history stays.
 */
@Entity
@Table(name = "membership")
@NamedQuery(
    name = Membership.OF_BODY,
    query = "SELECT m FROM Membership m WHERE m.body = :body ORDER BY m.canton, m.fromYear")
public class Membership {

  /** A body's memberships ({@code :body}), by canton and then first year. */
  public static final String OF_BODY = "Membership.ofBody";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "body_id")
  private OrganizationId body;

  @Column(name = "canton_code")
  private CantonCode canton;

  private BigDecimal rate;

  @Column(name = "from_year")
  private FiscalYear fromYear;

  @Column(name = "until_year")
  private FiscalYear untilYear;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Membership() {}

  Membership(
      OrganizationId body,
      CantonCode canton,
      BigDecimal rate,
      FiscalYear fromYear,
      String by,
      Instant at) {
    this.body = body;
    this.canton = canton;
    this.rate = rate;
    this.fromYear = fromYear;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** Whether the canton is a member during the year (C1). */
  boolean covers(FiscalYear year) {
    return !fromYear.isAfter(year) && (untilYear == null || !untilYear.isBefore(year));
  }

  boolean open() {
    return untilYear == null;
  }

  /** Closes the membership: {@code lastYear} is its last year, which cannot precede its first. */
  void leaveAfter(FiscalYear lastYear) {
    if (lastYear.isBefore(fromYear)) {
      throw new Invalid("lastYear", "is before the membership began (" + fromYear + ")");
    }
    this.untilYear = lastYear;
  }

  /** The member as the rules settle it, with its tax and residents of the year. */
  Member asMember(Money tax, long residents) {
    return new Member(canton, rate.stripTrailingZeros(), tax, residents);
  }

  CantonCode canton() {
    return canton;
  }

  Bodies.MembershipView view() {
    return new Bodies.MembershipView(
        id,
        body.value(),
        canton.value(),
        rate.stripTrailingZeros().toPlainString(),
        fromYear.value(),
        untilYear == null ? null : untilYear.value());
  }
}
