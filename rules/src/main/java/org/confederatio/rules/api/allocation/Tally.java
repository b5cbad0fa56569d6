package org.confederatio.rules.api.allocation;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exact running sums of an {@link Aggregation} (A1-A4) for part of a canton's taxpayers. Two
 * tallies of disjoint parts add up to the tally of the whole, so a long aggregation can be done in
 * chunks and its state kept between them (a batch job's checkpoint) without counting anyone twice:
 * a chunk's tally is added exactly once, in the same transaction as its checkpoint.
 *
 * @param taxTimesBasisPoints per recipient, the sum of {@code tax in cents x share in bp} of the
 *     valid designations naming it
 */
public record Tally(
    long taxpayers,
    long totalTaxCents,
    Map<Recipient, PerRecipient> recipients,
    Map<UndesignatedReason, Long> undesignated) {

  /** One recipient's sums. */
  public record PerRecipient(BigInteger taxTimesBasisPoints, long basisPoints, long choosers) {

    PerRecipient plus(PerRecipient other) {
      return new PerRecipient(
          taxTimesBasisPoints.add(other.taxTimesBasisPoints),
          basisPoints + other.basisPoints,
          choosers + other.choosers);
    }
  }

  public static final Tally EMPTY = new Tally(0, 0, Map.of(), Map.of());

  public Tally {
    recipients = Map.copyOf(recipients);
    undesignated = Map.copyOf(undesignated);
  }

  /** The tally of both parts. */
  public Tally plus(Tally other) {
    Map<Recipient, PerRecipient> sum = new TreeMap<>(recipients);
    other.recipients.forEach((r, p) -> sum.merge(r, p, PerRecipient::plus));
    Map<UndesignatedReason, Long> reasons = new EnumMap<>(UndesignatedReason.class);
    reasons.putAll(undesignated);
    other.undesignated.forEach((r, n) -> reasons.merge(r, n, Long::sum));
    return new Tally(
        taxpayers + other.taxpayers,
        Math.addExact(totalTaxCents, other.totalTaxCents),
        sum,
        reasons);
  }
}
