package org.confederatio.rules.api.allocation;

import static org.confederatio.rules.api.allocation.PolicyBuilder.policy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WeightsAndPrefillTest {

  @Test
  @DisplayName("A3 — by amount a taxpayer carries r x own tax, to the cent")
  void a3ByAmount() {
    var policy = policy().rate("0.005").build();

    assertEquals(Money.parse("6.17"), Weights.ofTax(policy, Money.parse("1234.50")));
    assertEquals(
        Money.parse("6.17"),
        Weights.carried(
            policy,
            UndesignatedReason.NONE,
            3,
            Money.parse("1234.50"),
            new BigDecimal("100.00"),
            10));
  }

  @Test
  @DisplayName("A3 — by headcount a group carries its number of slices D / N")
  void a3ByHeadcount() {
    var policy = policy().weighting(Weighting.BY_HEADCOUNT).build();
    var pot = new BigDecimal("100.00");

    assertEquals(
        Money.parse("33.33"),
        Weights.carried(policy, UndesignatedReason.LATE, 1, Money.ZERO, pot, 3));
    assertEquals(
        Money.ZERO, Weights.carried(policy, UndesignatedReason.LATE, 1, Money.ZERO, pot, 0));
    assertEquals(
        Money.ZERO,
        Weights.carried(policy, UndesignatedReason.NO_ASSESSMENT, 1, Money.ZERO, pot, 3));
  }

  @Test
  @DisplayName("A2 — the pre-fill splits the affiliations evenly, the remainder to the first")
  void a2PrefillFromAffiliations() {
    var a = new OrganizationId("a");
    var b = new OrganizationId("b");
    var c = new OrganizationId("c");

    assertEquals(
        List.of(new Share(Recipient.CANTON, 10_000)), Prefill.fromAffiliations(List.of(), 3));
    assertEquals(
        List.of(
            new Share(Recipient.of(a), 3334),
            new Share(Recipient.of(b), 3333),
            new Share(Recipient.of(c), 3333)),
        Prefill.fromAffiliations(List.of(a, b, c), 3));
    assertEquals(
        List.of(new Share(Recipient.of(a), 5000), new Share(Recipient.of(b), 5000)),
        Prefill.fromAffiliations(List.of(a, b, c), 2));
  }
}
