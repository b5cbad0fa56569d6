package org.confederatio.rules.api.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.money.Money;

/**
 * Test data: a canton's taxpayers and designations, allocated through both stages of the engine.
 */
public final class TestCanton {

  static final LocalDate ON_TIME = LocalDate.of(2026, 3, 1);

  final AllocationPolicy policy;
  final RecipientTable table;
  final List<Taxpayer> taxpayers = new ArrayList<>();
  final Map<String, UndesignatedReason> undesignated = new LinkedHashMap<>();

  /** One assessed taxpayer and their designations. */
  record Taxpayer(String id, long taxCents, List<Designation> designations) {}

  TestCanton(AllocationPolicy policy) {
    this.policy = policy;
    this.table = new RecipientTable(policy);
  }

  static TestCanton of(PolicyBuilder policy) {
    return new TestCanton(policy.build());
  }

  /**
   * A taxpayer with tax in currency units and zero or one designation, e.g. {@code "a", 5000, "b",
   * 5000}.
   */
  TestCanton taxpayer(String id, String tax, Object... shares) {
    List<Designation> designations =
        shares.length == 0 ? List.of() : List.of(designation(ON_TIME, shares));
    taxpayers.add(new Taxpayer(id, Money.parse(tax).cents(), designations));
    return this;
  }

  TestCanton taxpayer(String id, String tax, List<Designation> designations) {
    taxpayers.add(new Taxpayer(id, Money.parse(tax).cents(), designations));
    return this;
  }

  /** {@code n} taxpayers with the same tax and choice. */
  TestCanton taxpayers(int n, String tax, Object... shares) {
    for (int i = 0; i < n; i++) {
      taxpayer("t" + taxpayers.size(), tax, shares);
    }
    return this;
  }

  Designation designation(LocalDate madeOn, Object... recipientsAndShares) {
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < recipientsAndShares.length; i += 2) {
      shares.add(
          new Share(
              Recipient.of((String) recipientsAndShares[i]), (Integer) recipientsAndShares[i + 1]));
    }
    return table.designation(madeOn, shares);
  }

  public Aggregates aggregate() {
    Aggregation aggregation = new Aggregation(policy, table, undesignated::put);
    taxpayers.forEach(t -> aggregation.add(t.id(), t.taxCents(), t.designations()));
    return aggregation.finish();
  }

  Allocation allocate() {
    return Apportionment.apportion(aggregate());
  }

  static String amount(Allocation allocation, String recipient) {
    return allocation.line(Recipient.of(recipient)).orElseThrow().amount().toString();
  }
}
