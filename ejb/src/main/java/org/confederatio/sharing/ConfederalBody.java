package org.confederatio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.sharing.Body;
import org.confederatio.rules.api.sharing.DisbursementRule;

/**
 * A confederal body: an organization of kind CONFEDERAL_FUND with the range of rates its members
 * contribute at, how it disburses and, for equalization, its target. Defined once by the
 * administrator and never changed.
 */
@Entity
@Table(name = "confederal_body")
public class ConfederalBody {

  // an id attribute takes no converter (Jakarta Persistence 3.1, 11.1.10): the value type is built
  // by the accessor
  @Id
  @Column(name = "organization_id")
  private String organization;

  @Column(name = "min_rate")
  private BigDecimal minRate;

  @Column(name = "max_rate")
  private BigDecimal maxRate;

  @Enumerated(EnumType.STRING)
  private DisbursementRule disbursement;

  @Column(name = "target_percent")
  private BigDecimal targetPercent;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected ConfederalBody() {}

  /** The body as the rules define it, recorded by the administrator {@code by} at {@code at}. */
  ConfederalBody(Body body, String by, Instant at) {
    this.organization = body.id().value();
    this.minRate = body.minRate();
    this.maxRate = body.maxRate();
    this.disbursement = body.rule();
    this.targetPercent = body.targetPercent();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public OrganizationId organization() {
    return OrganizationId.of(organization);
  }

  /**
   * The rules' view of this body (C1-C5), its figures as typed: the columns' scale would make a
   * range of 0.001 to 0.02 read "0.001000 to 0.020000" in the messages that name it.
   */
  public Body rules() {
    return new Body(
        organization(),
        minRate.stripTrailingZeros(),
        maxRate.stripTrailingZeros(),
        disbursement,
        targetPercent == null ? null : targetPercent.stripTrailingZeros());
  }
}
