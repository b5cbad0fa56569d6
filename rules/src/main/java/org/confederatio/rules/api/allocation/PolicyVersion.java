package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Optional;
import java.util.SortedSet;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/**
 * One dated version of a canton's fiscal policy, in force from the fiscal year {@code validFrom}
 * until a newer version takes over. The deadline is a day of the fiscal year.
 */
public record PolicyVersion(
    int validFrom,
    BigDecimal designableRate,
    Weighting weighting,
    UndesignatedTreatment undesignated,
    Optional<OrganizationId> fund,
    SortedSet<OrganizationId> renouncing,
    Optional<Money> cap,
    Money minimumPayout,
    int maxRecipients,
    MonthDay deadline) {

  /** This version applied to one fiscal year, with the organizations accredited in that year. */
  public AllocationPolicy forYear(
      CantonCode canton, int year, SortedSet<OrganizationId> accredited) {
    if (year < validFrom) {
      throw new IllegalArgumentException(
          "this version is in force from " + validFrom + ", not in " + year);
    }
    return new AllocationPolicy(
        canton,
        year,
        canton + " from " + validFrom,
        designableRate,
        weighting,
        undesignated,
        fund,
        renouncing,
        cap,
        minimumPayout,
        maxRecipients,
        deadline.atYear(year),
        accredited);
  }
}
