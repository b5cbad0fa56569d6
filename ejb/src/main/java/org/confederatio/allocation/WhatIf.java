package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Invalid;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.PolicyDraft;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.allocation.Line;
import org.confederatio.rules.api.allocation.PolicyVersion;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.UndesignatedReason;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.money.Money;
import org.confederatio.time.FiscalCalendar;

/**
 * A policy officer's what-if: a year's taxpayers allocated under a draft policy beside the same
 * taxpayers under the policy in force, line by line. Nothing is stored.
 */
@Stateless
public class WhatIf {

  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private TaxpayerSource taxpayers;
  @Inject private FiscalCalendar calendar;

  /** One recipient under both policies; amounts in currency units. */
  public record Comparison(String recipient, String inForce, String draft, String difference)
      implements Serializable {}

  /** The whole comparison: pots, lines, and the undesignated taxpayers by reason under each. */
  public record Result(
      String canton,
      int year,
      String inForceVersion,
      long taxpayers,
      String potInForce,
      String potDraft,
      List<Comparison> lines,
      Map<UndesignatedReason, Long> undesignatedInForce,
      Map<UndesignatedReason, Long> undesignatedDraft)
      implements Serializable {}

  /** {@code year}: the current one when empty. */
  public Result compare(
      Caller caller, CantonCode canton, Optional<FiscalYear> year, PolicyDraft draft) {
    caller.requireCanton(canton, Role.POLICY);
    cantons.find(canton);
    FiscalYear y = year.orElseGet(calendar::fiscalYear);
    if (y.isAfter(calendar.fiscalYear())) {
      throw new Invalid("year", "is a fiscal year with data, up to " + calendar.currentYear());
    }
    AllocationPolicy inForce = policies.allocationPolicy(canton, y);
    PolicyVersion version = policies.checkWhatIf(canton, draft).version();
    AllocationPolicy drafted =
        new AllocationPolicy(
            canton,
            y.value(),
            "draft",
            version.designableRate(),
            version.weighting(),
            version.undesignated(),
            version.fund(),
            version.renouncing(),
            version.cap(),
            version.minimumPayout(),
            version.maxRecipients(),
            version.deadline().atYear(y.value()),
            inForce.accredited());
    Allocation before =
        Apportionment.apportion(taxpayers.aggregate(canton, y, inForce, (t, r) -> {}));
    Allocation after =
        Apportionment.apportion(taxpayers.aggregate(canton, y, drafted, (t, r) -> {}));
    TreeSet<Recipient> recipients = new TreeSet<>();
    before.lines().forEach(l -> recipients.add(l.recipient()));
    after.lines().forEach(l -> recipients.add(l.recipient()));
    List<Comparison> lines = new ArrayList<>();
    for (Recipient r : recipients) {
      Money a = amount(before.line(r));
      Money b = amount(after.line(r));
      lines.add(
          new Comparison(
              r.id(),
              a.toString(),
              b.toString(),
              b.toDecimal().subtract(a.toDecimal()).toPlainString()));
    }
    return new Result(
        canton.value(),
        y.value(),
        inForce.version(),
        before.aggregates().taxpayers(),
        before.pot().toString(),
        after.pot().toString(),
        lines,
        before.aggregates().undesignated(),
        after.aggregates().undesignated());
  }

  private static Money amount(Optional<Line> line) {
    return line.map(Line::amount).orElse(Money.ZERO);
  }
}
