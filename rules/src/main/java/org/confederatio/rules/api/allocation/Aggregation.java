package org.confederatio.rules.api.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.money.Fraction;
import org.confederatio.rules.api.money.Money;

/**
 * The first stage (A1-A4): streams taxpayers, one at a time, into per-recipient totals. Memory is a
 * few arrays the size of the recipient table, whatever the number of taxpayers; undesignated
 * taxpayers are handed to a listener as they pass, not kept.
 *
 * <p>Totals are exact integers: tax in cents, shares in basis points. Per recipient it keeps the
 * sum of {@code tax x bp} as an unsigned 64-bit number, which cannot overflow while the canton's
 * total tax stays within {@link Money#MAX_TOTAL_CENTS} (10^15 x 10^4 < 2^64).
 */
public final class Aggregation {

  /** Receives each undesignated taxpayer with its reason, as the stream passes. */
  @FunctionalInterface
  public interface UndesignatedListener {
    void undesignated(String taxpayer, UndesignatedReason reason);
  }

  private final AllocationPolicy policy;
  private final RecipientTable table;
  private final UndesignatedListener listener;
  private final long deadline;
  private final int maxRecipients;

  private final long[] taxTimesBp;
  private final long[] bp;
  private final long[] choosers;
  private final long[] undesignated = new long[UndesignatedReason.values().length];
  private long taxpayers;
  private long totalTax;

  public Aggregation(AllocationPolicy policy, RecipientTable table, UndesignatedListener listener) {
    this.policy = policy;
    this.table = table;
    this.listener = listener;
    this.deadline = policy.deadline().toEpochDay();
    this.maxRecipients = policy.maxRecipients();
    this.taxTimesBp = new long[table.size()];
    this.bp = new long[table.size()];
    this.choosers = new long[table.size()];
  }

  /** Adds one assessed taxpayer with every designation they made for the year (in any order). */
  public void add(String taxpayer, long taxCents, List<Designation> designations) {
    if (taxCents < 0) {
      throw new IllegalArgumentException("taxpayer " + taxpayer + ": tax is never negative");
    }
    totalTax += taxCents;
    if (totalTax > Money.MAX_TOTAL_CENTS) {
      throw new ArithmeticException("the canton's total tax exceeds the supported 10^15 cents");
    }
    taxpayers++;
    Designation counted = null;
    Designation latest = null;
    UndesignatedReason latestDefect = UndesignatedReason.NONE;
    for (int i = 0, n = designations.size(); i < n; i++) {
      Designation d = designations.get(i);
      UndesignatedReason defect = d.defect(deadline, maxRecipients);
      if (defect == null && (counted == null || d.compareTo(counted) < 0)) {
        counted = d;
      }
      if (latest == null || d.compareTo(latest) < 0) {
        latest = d;
        latestDefect = defect;
      }
    }
    if (counted != null) {
      count(taxCents, counted);
    } else {
      reject(taxpayer, latestDefect);
    }
  }

  /** A4 — adds a valid designation's shares to its recipients. */
  private void count(long taxCents, Designation d) {
    int[] recipients = d.recipients;
    int[] shares = d.shares;
    for (int i = 0; i < recipients.length; i++) {
      int r = recipients[i];
      taxTimesBp[r] += taxCents * shares[i]; // unsigned: see the class comment
      bp[r] += shares[i];
      choosers[r]++;
    }
  }

  private void reject(String taxpayer, UndesignatedReason reason) {
    undesignated[reason.ordinal()]++;
    listener.undesignated(taxpayer, reason);
  }

  /** A designation by someone with no assessment: reported, but not a taxpayer of the pot (A2). */
  public void addUnassessed(String taxpayer) {
    reject(taxpayer, UndesignatedReason.NO_ASSESSMENT);
  }

  /** The exact sums so far, to be kept between chunks of a long aggregation. */
  public Tally tally() {
    Map<Recipient, Tally.PerRecipient> recipients = new java.util.TreeMap<>();
    for (int r = 0; r < table.size(); r++) {
      if (choosers[r] > 0) {
        recipients.put(
            table.recipient(r),
            new Tally.PerRecipient(
                new BigInteger(Long.toUnsignedString(taxTimesBp[r])), bp[r], choosers[r]));
      }
    }
    Map<UndesignatedReason, Long> byReason = new EnumMap<>(UndesignatedReason.class);
    for (UndesignatedReason reason : UndesignatedReason.values()) {
      if (undesignated[reason.ordinal()] > 0) {
        byReason.put(reason, undesignated[reason.ordinal()]);
      }
    }
    return new Tally(taxpayers, totalTax, recipients, byReason);
  }

  /**
   * Adds the tally of taxpayers aggregated elsewhere (an earlier chunk), as if they had been added
   * here. Its recipients must be in this policy's table.
   */
  public void add(Tally tally) {
    totalTax = Math.addExact(totalTax, tally.totalTaxCents());
    if (totalTax > Money.MAX_TOTAL_CENTS) {
      throw new ArithmeticException("the canton's total tax exceeds the supported 10^15 cents");
    }
    taxpayers += tally.taxpayers();
    tally
        .recipients()
        .forEach(
            (recipient, sums) -> {
              int r = table.indexOf(recipient);
              if (r == RecipientTable.UNKNOWN) {
                throw new IllegalArgumentException(
                    recipient + " is not a recipient under this policy");
              }
              taxTimesBp[r] +=
                  sums.taxTimesBasisPoints().longValue(); // unsigned: see the class comment
              bp[r] += sums.basisPoints();
              choosers[r] += sums.choosers();
            });
    tally.undesignated().forEach((reason, n) -> undesignated[reason.ordinal()] += n);
  }

  /** A1, A3, A4 — the pot and each chosen recipient's expressed total, exactly. */
  public Aggregates finish() {
    Fraction rate = Fraction.ofDecimal(policy.designableRate());
    BigDecimal pot = rate.times(Fraction.of(totalTax)).toExactUnits();
    List<Aggregates.Expressed> expressed = new ArrayList<>();
    for (int r = 0; r < table.size(); r++) {
      if (choosers[r] > 0) {
        BigDecimal choices = BigDecimal.valueOf(bp[r], 4).stripTrailingZeros();
        BigDecimal amount =
            policy.weighting() == Weighting.BY_AMOUNT
                ? rate.times(
                        Fraction.of(
                            new BigInteger(Long.toUnsignedString(taxTimesBp[r])),
                            BigInteger.valueOf(Share.WHOLE)))
                    .toExactUnits()
                : null;
        expressed.add(
            new Aggregates.Expressed(table.recipient(r), plain(choices), choosers[r], amount));
      }
    }
    Map<UndesignatedReason, Long> byReason = new EnumMap<>(UndesignatedReason.class);
    for (UndesignatedReason reason : UndesignatedReason.values()) {
      byReason.put(reason, undesignated[reason.ordinal()]);
    }
    return new Aggregates(policy, pot, taxpayers, expressed, byReason);
  }

  private static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }
}
