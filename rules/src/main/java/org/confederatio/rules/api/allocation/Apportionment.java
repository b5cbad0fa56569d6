package org.confederatio.rules.api.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confederatio.rules.api.money.Fraction;
import org.confederatio.rules.api.money.LargestRemainder;
import org.confederatio.rules.api.money.Money;

/**
 * The second stage (A5-A8): from the aggregates to the final lines. It needs nothing else, which is
 * what makes a published allocation verifiable (A11).
 */
public final class Apportionment {

  private final AllocationPolicy policy;
  private final Map<Recipient, Step> steps = new TreeMap<>();

  private Apportionment(Aggregates aggregates) {
    this.policy = aggregates.policy();
    policy.standingRecipients().forEach(this::step);
    for (Aggregates.Expressed e : aggregates.expressed()) {
      Step step = step(e.recipient());
      step.expressed = aggregates.expressedAmount(e);
      step.choosers = e.choosers();
    }
  }

  /** Apportions the aggregates into lines that sum to the rounded pot. */
  public static Allocation apportion(Aggregates aggregates) {
    Apportionment apportionment = new Apportionment(aggregates);
    Fraction pot = aggregates.exactPot();
    apportionment.undesignated(pot);
    apportionment.cap();
    apportionment.minimumPayout();
    return apportionment.round(aggregates, pot);
  }

  private Step step(Recipient recipient) {
    return steps.computeIfAbsent(recipient, r -> new Step());
  }

  private Step canton() {
    return step(Recipient.CANTON);
  }

  /**
   * A5 — RETAIN gives U to the canton, FUND to the named fund; PROPORTIONAL splits it over every
   * recipient in proportion to what it was expressed, and a renouncing organization's part goes to
   * the canton. With nothing expressed, U goes to the canton.
   */
  private void undesignated(Fraction pot) {
    Fraction expressed =
        steps.values().stream().map(s -> s.expressed).reduce(Fraction.ZERO, Fraction::plus);
    Fraction u = pot.minus(expressed);
    if (u.signum() < 0) {
      throw new IllegalArgumentException("the expressed amounts exceed the pot by " + u.negate());
    }
    switch (policy.undesignated()) {
      case RETAIN -> canton().undesignatedShare = u;
      case FUND -> step(Recipient.of(policy.fund().orElseThrow())).undesignatedShare = u;
      case PROPORTIONAL -> {
        if (expressed.signum() == 0) {
          canton().undesignatedShare = u;
          return;
        }
        for (Map.Entry<Recipient, Step> entry : steps.entrySet()) {
          Step step = entry.getValue();
          step.undesignatedShare = u.times(step.expressed).dividedBy(expressed);
        }
        for (Map.Entry<Recipient, Step> entry : steps.entrySet()) {
          if (policy.renounces(entry.getKey())) {
            Fraction share = entry.getValue().undesignatedShare;
            entry.getValue().renounced = share.negate();
            canton().renounced = canton().renounced.plus(share);
          }
        }
      }
    }
  }

  /**
   * A6 — if the organizations together exceed the cap, each is scaled by cap / total; the excess
   * goes to the canton.
   */
  private void cap() {
    if (policy.cap().isEmpty()) {
      return;
    }
    Fraction cap = policy.cap().get().toFraction();
    Fraction total =
        organizations().stream().map(Step::running).reduce(Fraction.ZERO, Fraction::plus);
    if (total.compareTo(cap) <= 0) {
      return;
    }
    for (Step org : organizations()) {
      Fraction reduction = org.running().minus(org.running().times(cap).dividedBy(total));
      org.capAdjustment = reduction.negate();
      canton().capAdjustment = canton().capAdjustment.plus(reduction);
    }
  }

  /**
   * A7 — an organization allotted less than the minimum payout gets nothing; the canton gets it.
   */
  private void minimumPayout() {
    Fraction minimum = policy.minimumPayout().toFraction();
    for (Step org : organizations()) {
      Fraction allotted = org.running();
      if (allotted.signum() > 0 && allotted.compareTo(minimum) < 0) {
        org.minimumPayoutAdjustment = allotted.negate();
        canton().minimumPayoutAdjustment = canton().minimumPayoutAdjustment.plus(allotted);
      }
    }
  }

  /**
   * A8 — rounds the pot half-even to cents, floors every line, and gives the leftover cents one
   * each to the lines with the largest fractional parts, ties to the smaller recipient id.
   */
  private Allocation round(Aggregates aggregates, Fraction pot) {
    BigInteger roundedPot = pot.roundHalfEven();
    Map<Recipient, Fraction> exact = new java.util.TreeMap<>();
    steps.forEach((recipient, step) -> exact.put(recipient, step.running()));
    Map<Recipient, BigInteger> cents = LargestRemainder.apportion(exact, roundedPot);
    steps.forEach((recipient, step) -> step.cents = cents.get(recipient));
    List<Line> lines = new ArrayList<>();
    steps.forEach(
        (recipient, step) -> {
          if (!recipient.isCanton()) {
            lines.add(step.line(recipient));
          }
        });
    lines.add(canton().line(Recipient.CANTON));
    return new Allocation(aggregates, Money.ofCents(roundedPot.longValueExact()), lines);
  }

  private List<Step> organizations() {
    return steps.entrySet().stream()
        .filter(e -> !e.getKey().isCanton())
        .map(Map.Entry::getValue)
        .toList();
  }

  /** One recipient's amount as the rules build it up. */
  private static final class Step {
    long choosers;
    Fraction expressed = Fraction.ZERO;
    Fraction undesignatedShare = Fraction.ZERO;
    Fraction renounced = Fraction.ZERO;
    Fraction capAdjustment = Fraction.ZERO;
    Fraction minimumPayoutAdjustment = Fraction.ZERO;
    BigInteger cents;

    Fraction running() {
      return expressed
          .plus(undesignatedShare)
          .plus(renounced)
          .plus(capAdjustment)
          .plus(minimumPayoutAdjustment);
    }

    Line line(Recipient recipient) {
      Fraction exact = running();
      Fraction amount = Fraction.of(cents, BigInteger.ONE);
      return new Line(
          recipient,
          Money.ofCents(cents.longValueExact()),
          choosers,
          expressed,
          undesignatedShare,
          renounced,
          capAdjustment,
          minimumPayoutAdjustment,
          exact,
          amount.minus(exact));
    }
  }
}
