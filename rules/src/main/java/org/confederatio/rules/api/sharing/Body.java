package org.confederatio.rules.api.sharing;

import java.math.BigDecimal;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * A supraterritorial body (an organization of kind CONFEDERAL_FUND): the contribution rates it
 * allows, how it disburses, and for equalization the minimum endowment target in percent of the
 * members' mean per-capita resources.
 */
public record Body(
    OrganizationId id,
    BigDecimal minRate,
    BigDecimal maxRate,
    DisbursementRule rule,
    BigDecimal targetPercent) {

  public Body {
    if (minRate.signum() < 0
        || maxRate.compareTo(BigDecimal.ONE) > 0
        || minRate.compareTo(maxRate) > 0) {
      throw new IllegalArgumentException(
          "rates: 0 <= minRate <= maxRate <= 1, not [" + minRate + ", " + maxRate + "]");
    }
    if (targetPercent != null
        && (targetPercent.signum() < 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException("targetPercent: between 0 and 100, not " + targetPercent);
    }
  }

  /** C1 — a rate outside the body's range is refused. */
  public boolean allows(BigDecimal rate) {
    return rate.compareTo(minRate) >= 0 && rate.compareTo(maxRate) <= 0;
  }
}
