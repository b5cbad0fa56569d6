package org.confederatio.rules.api.sharing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Fraction;
import org.confederatio.rules.api.money.LargestRemainder;
import org.confederatio.rules.api.money.Money;

/** C2-C6 — one body's settlement of a fiscal year: contributions, pot, disbursements, report. */
public record Settlement(
    Body body,
    Money contributions,
    Money fromAllocations,
    Money pot,
    List<Line> lines,
    boolean everyMemberReachedTarget) {

  /** C6 — one member's line; {@code afterPercentOfMean} to two decimals. */
  public record Line(
      CantonCode canton,
      Money tax,
      long residents,
      BigDecimal perCapita,
      Money contribution,
      Money received,
      BigDecimal net,
      BigDecimal afterPercentOfMean,
      boolean reachedTarget) {}

  /**
   * Settles a body's year. C1: every member's rate must be in the body's range; canton codes are
   * unique. {@code fromAllocations} is what allocation runs sent to the body for the year (C3).
   */
  public static Settlement of(Body body, List<Member> members, Money fromAllocations) {
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a body with no members has nothing to settle");
    }
    Map<CantonCode, Member> byCanton = new TreeMap<>();
    for (Member m : members) {
      if (!body.allows(m.rate())) {
        throw new IllegalArgumentException(
            "C1: canton "
                + m.canton()
                + " contributes at "
                + m.rate()
                + ", outside the range ["
                + body.minRate()
                + ", "
                + body.maxRate()
                + "] of "
                + body.id());
      }
      if (byCanton.put(m.canton(), m) != null) {
        throw new IllegalArgumentException("canton " + m.canton() + " is a member twice");
      }
    }
    // C2
    Map<CantonCode, Money> contribution = new TreeMap<>();
    long contributed = 0;
    for (Member m : byCanton.values()) {
      Money c =
          Money.ofCents(
              Fraction.ofDecimal(m.rate())
                  .times(Fraction.of(m.tax().cents()))
                  .roundHalfEven()
                  .longValueExact());
      contribution.put(m.canton(), c);
      contributed = Math.addExact(contributed, c.cents());
    }
    // C3
    long pot = Math.addExact(contributed, fromAllocations.cents());
    // C4, exact
    Map<CantonCode, Fraction> exact =
        body.rule() == DisbursementRule.EQUAL_PER_CAPITA
            ? perCapita(byCanton, Fraction.of(pot))
            : equalization(byCanton, Fraction.of(pot));
    // C5
    Map<CantonCode, BigInteger> cents = LargestRemainder.apportion(exact, BigInteger.valueOf(pot));
    // C6
    Fraction totalAfter = Fraction.ZERO;
    long people = 0;
    for (Member m : byCanton.values()) {
      totalAfter =
          totalAfter.plus(
              Fraction.of(m.tax().cents())
                  .plus(Fraction.of(cents.get(m.canton()).longValueExact())));
      people += m.residents();
    }
    Fraction meanAfter = totalAfter.dividedBy(Fraction.of(people));
    List<Line> lines = new ArrayList<>();
    boolean all = true;
    for (Member m : byCanton.values()) {
      long received = cents.get(m.canton()).longValueExact();
      Fraction after =
          Fraction.of(m.tax().cents() + received).dividedBy(Fraction.of(m.residents()));
      BigDecimal percent =
          meanAfter.signum() == 0
              ? BigDecimal.ZERO
              : after
                  .dividedBy(meanAfter)
                  .times(Fraction.of(100))
                  .toUnits(4)
                  .multiply(BigDecimal.valueOf(100))
                  .setScale(2, RoundingMode.HALF_EVEN);
      boolean reached =
          body.targetPercent() == null || percent.compareTo(body.targetPercent()) >= 0;
      all &= reached;
      lines.add(
          new Line(
              m.canton(),
              m.tax(),
              m.residents(),
              Fraction.of(m.tax().cents()).dividedBy(Fraction.of(m.residents())).toUnits(2),
              contribution.get(m.canton()),
              Money.ofCents(received),
              BigDecimal.valueOf(received - contribution.get(m.canton()).cents(), 2),
              percent,
              reached));
    }
    return new Settlement(
        body, Money.ofCents(contributed), fromAllocations, Money.ofCents(pot), lines, all);
  }

  private static Map<CantonCode, Fraction> perCapita(
      Map<CantonCode, Member> members, Fraction pot) {
    long people = members.values().stream().mapToLong(Member::residents).sum();
    Map<CantonCode, Fraction> shares = new TreeMap<>();
    members
        .values()
        .forEach(
            m ->
                shares.put(
                    m.canton(),
                    pot.times(Fraction.of(m.residents())).dividedBy(Fraction.of(people))));
    return shares;
  }

  /**
   * C4 equalization: the poorest first, the level L at which raising them costs exactly the pot.
   * Beyond the richest member's level the formula shares the rest per capita by itself.
   */
  static Map<CantonCode, Fraction> equalization(Map<CantonCode, Member> members, Fraction pot) {
    List<Member> poorestFirst = new ArrayList<>(members.values());
    poorestFirst.sort(
        Comparator.comparing((Member m) -> perCapita(m)).thenComparing(Member::canton));
    Fraction taxes = Fraction.ZERO;
    long people = 0;
    Fraction level = null;
    for (int k = 0; k < poorestFirst.size(); k++) {
      Member m = poorestFirst.get(k);
      taxes = taxes.plus(Fraction.of(m.tax().cents()));
      people += m.residents();
      Fraction candidate = pot.plus(taxes).dividedBy(Fraction.of(people));
      boolean last = k == poorestFirst.size() - 1;
      if (last || candidate.compareTo(perCapita(poorestFirst.get(k + 1))) <= 0) {
        level = candidate;
        break;
      }
    }
    Map<CantonCode, Fraction> shares = new TreeMap<>();
    for (Member m : poorestFirst) {
      Fraction gap = level.minus(perCapita(m));
      shares.put(
          m.canton(), gap.signum() > 0 ? gap.times(Fraction.of(m.residents())) : Fraction.ZERO);
    }
    return shares;
  }

  /** q = T / P, in cents per resident. */
  private static Fraction perCapita(Member m) {
    return Fraction.of(m.tax().cents()).dividedBy(Fraction.of(m.residents()));
  }
}
