package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/** Test data: a policy with sensible defaults, changed one field at a time. */
final class PolicyBuilder {

  private BigDecimal rate = new BigDecimal("0.01");
  private Weighting weighting = Weighting.BY_AMOUNT;
  private UndesignatedTreatment undesignated = UndesignatedTreatment.RETAIN;
  private Optional<OrganizationId> fund = Optional.empty();
  private Set<OrganizationId> renouncing = Set.of();
  private Optional<Money> cap = Optional.empty();
  private Money minimumPayout = Money.ZERO;
  private int maxRecipients = 3;
  private LocalDate deadline = LocalDate.of(2026, 6, 30);
  private Set<OrganizationId> accredited = ids("a", "b", "r");

  static PolicyBuilder policy() {
    return new PolicyBuilder();
  }

  static Set<OrganizationId> ids(String... ids) {
    return Stream.of(ids).map(OrganizationId::of).collect(Collectors.toCollection(TreeSet::new));
  }

  PolicyBuilder rate(String rate) {
    this.rate = new BigDecimal(rate);
    return this;
  }

  PolicyBuilder weighting(Weighting weighting) {
    this.weighting = weighting;
    return this;
  }

  PolicyBuilder undesignated(UndesignatedTreatment undesignated) {
    this.undesignated = undesignated;
    return this;
  }

  PolicyBuilder fund(String fund) {
    this.undesignated = UndesignatedTreatment.FUND;
    this.fund = Optional.of(OrganizationId.of(fund));
    return this;
  }

  PolicyBuilder renouncing(String... ids) {
    this.renouncing = ids(ids);
    return this;
  }

  PolicyBuilder cap(String cap) {
    this.cap = Optional.of(Money.parse(cap));
    return this;
  }

  PolicyBuilder minimumPayout(String minimum) {
    this.minimumPayout = Money.parse(minimum);
    return this;
  }

  PolicyBuilder maxRecipients(int max) {
    this.maxRecipients = max;
    return this;
  }

  PolicyBuilder deadline(LocalDate deadline) {
    this.deadline = deadline;
    return this;
  }

  PolicyBuilder accredited(String... ids) {
    this.accredited = ids(ids);
    return this;
  }

  AllocationPolicy build() {
    return new AllocationPolicy(
        CantonCode.of("ZH"),
        2026,
        "ZH from 2026",
        rate,
        weighting,
        undesignated,
        fund,
        new TreeSet<>(renouncing),
        cap,
        minimumPayout,
        maxRecipients,
        deadline,
        new TreeSet<>(accredited));
  }
}
