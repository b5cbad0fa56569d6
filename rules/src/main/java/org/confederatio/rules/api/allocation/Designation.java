package org.confederatio.rules.api.allocation;

import java.util.Arrays;
import java.util.Optional;

/**
 * A taxpayer's choice of recipients with their shares, as made on one day, resolved against a
 * {@link RecipientTable}. Built by {@link RecipientTable#designation}.
 */
public final class Designation implements Comparable<Designation> {

  final long madeOn;
  final int[] recipients;
  final int[] shares;

  Designation(long madeOnEpochDay, int[] recipients, int[] shares) {
    this.madeOn = madeOnEpochDay;
    this.recipients = recipients;
    this.shares = shares;
  }

  /**
   * A2 — why this designation would not count under the policy, if it would not; the same check the
   * aggregation makes, for the services that refuse a bad designation when it is entered. It does
   * not know whether the taxpayer is assessed ({@link UndesignatedReason#NO_ASSESSMENT}).
   */
  public Optional<UndesignatedReason> defect(AllocationPolicy policy) {
    return Optional.ofNullable(defect(policy.deadline().toEpochDay(), policy.maxRecipients()));
  }

  /**
   * A2 — why this designation does not count under the policy, or null if it is valid. The checks
   * run in the order of {@link UndesignatedReason}.
   */
  UndesignatedReason defect(long deadline, int maxRecipients) {
    if (madeOn > deadline) {
      return UndesignatedReason.LATE;
    }
    int n = recipients.length;
    if (n > maxRecipients) {
      return UndesignatedReason.TOO_MANY_RECIPIENTS;
    }
    long sum = 0; // a long, and no share above the whole, so that no sum wraps to 10,000
    for (int i = 0; i < n; i++) {
      int recipient = recipients[i];
      if (recipient == RecipientTable.UNKNOWN) {
        return UndesignatedReason.UNACCREDITED_RECIPIENT;
      }
      for (int j = 0; j < i; j++) {
        if (recipients[j] == recipient) {
          return UndesignatedReason.DUPLICATE_RECIPIENT;
        }
      }
      int share = shares[i];
      if (share <= 0 || share > Share.WHOLE) {
        return UndesignatedReason.BAD_SHARES;
      }
      sum += share;
    }
    return n == 0 || sum != Share.WHOLE ? UndesignatedReason.BAD_SHARES : null;
  }

  /**
   * Later designations first; two made on the same day are ordered by content, so that the choice
   * never depends on input order (A9).
   */
  @Override
  public int compareTo(Designation other) {
    int byDay = Long.compare(other.madeOn, madeOn);
    if (byDay != 0) {
      return byDay;
    }
    int byRecipients = Arrays.compare(recipients, other.recipients);
    return byRecipients != 0 ? byRecipients : Arrays.compare(shares, other.shares);
  }
}
