package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/**
 * The policy in force for one canton and fiscal year, with the organizations accredited there: all
 * the engine needs besides the taxpayers. {@code version} names the dated policy version it comes
 * from, so every report says which one it used (A10).
 */
public record AllocationPolicy(
    CantonCode canton,
    int year,
    String version,
    BigDecimal designableRate,
    Weighting weighting,
    UndesignatedTreatment undesignated,
    Optional<OrganizationId> fund,
    SortedSet<OrganizationId> renouncing,
    Optional<Money> cap,
    Money minimumPayout,
    int maxRecipients,
    LocalDate deadline,
    SortedSet<OrganizationId> accredited) {

  public static final BigDecimal MAX_RATE = new BigDecimal("0.10");

  public AllocationPolicy {
    renouncing = new TreeSet<>(renouncing);
    accredited = new TreeSet<>(accredited);
    List<String> problems =
        problems(designableRate, undesignated, fund, maxRecipients, year, deadline);
    if (!problems.isEmpty()) {
      throw new InvalidPolicy(problems);
    }
  }

  /** Every wrong field, as {@code field: what is wrong}. */
  private static List<String> problems(
      BigDecimal rate,
      UndesignatedTreatment undesignated,
      Optional<OrganizationId> fund,
      int maxRecipients,
      int year,
      LocalDate deadline) {
    List<String> problems = new ArrayList<>();
    if (rate == null || rate.signum() < 0 || rate.compareTo(MAX_RATE) > 0) {
      problems.add("designableRate: must be between 0 and 0.10, not " + rate);
    }
    if (undesignated == UndesignatedTreatment.FUND && fund.isEmpty()) {
      problems.add("fund: the FUND treatment needs the id of the fund");
    }
    if (undesignated != UndesignatedTreatment.FUND && fund.isPresent()) {
      problems.add("fund: only the FUND treatment names a fund");
    }
    if (maxRecipients < 1) {
      problems.add("maxRecipients: must be at least 1, not " + maxRecipients);
    }
    try {
      FiscalYear.of(year);
    } catch (IllegalArgumentException e) {
      problems.add("year: " + e.getMessage());
    }
    if (deadline == null) {
      problems.add("deadline: is required");
    }
    return problems;
  }

  public boolean isAccredited(OrganizationId organization) {
    return accredited.contains(organization);
  }

  public boolean renounces(Recipient recipient) {
    return !recipient.isCanton() && renouncing.contains(new OrganizationId(recipient.id()));
  }

  /** The recipients that always get a line: the canton, and the fund under FUND. */
  Set<Recipient> standingRecipients() {
    Set<Recipient> standing = new TreeSet<>(Set.of(Recipient.CANTON));
    fund.ifPresent(f -> standing.add(Recipient.of(f)));
    return standing;
  }

  /** A policy that breaks the rules of its own fields; the message lists each wrong field. */
  public static final class InvalidPolicy extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    InvalidPolicy(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }
}
