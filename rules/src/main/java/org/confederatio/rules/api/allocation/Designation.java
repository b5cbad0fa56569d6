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
    return locate(policy).map(Defect::reason);
  }

  /**
   * A2 — why this designation would not count, and where: the share and the field at fault, so that
   * a form can name what to fix without judging the designation again.
   */
  public Optional<Defect> locate(AllocationPolicy policy) {
    return Optional.ofNullable(locate(policy.deadline().toEpochDay(), policy.maxRecipients()));
  }

  /**
   * A2 — why this designation does not count under the policy, or null if it is valid. The checks
   * run in the order of {@link UndesignatedReason}.
   */
  UndesignatedReason defect(long deadline, int maxRecipients) {
    Defect defect = locate(deadline, maxRecipients);
    return defect == null ? null : defect.reason();
  }

  private Defect locate(long deadline, int maxRecipients) {
    if (madeOn > deadline) {
      return Defect.of(UndesignatedReason.LATE, Defect.Field.MADE_ON);
    }
    int n = recipients.length;
    if (n > maxRecipients) {
      return Defect.of(UndesignatedReason.TOO_MANY_RECIPIENTS, Defect.Field.SHARES);
    }
    long sum = 0; // a long, and no share above the whole, so that no sum wraps to 10,000
    for (int i = 0; i < n; i++) {
      int recipient = recipients[i];
      if (recipient == RecipientTable.UNKNOWN) {
        return new Defect(UndesignatedReason.UNACCREDITED_RECIPIENT, i, Defect.Field.RECIPIENT);
      }
      for (int j = 0; j < i; j++) {
        if (recipients[j] == recipient) {
          return new Defect(UndesignatedReason.DUPLICATE_RECIPIENT, i, Defect.Field.RECIPIENT);
        }
      }
      int share = shares[i];
      if (share <= 0) {
        return new Defect(UndesignatedReason.BAD_SHARES, i, Defect.Field.BASIS_POINTS);
      }
      if (share > Share.WHOLE) {
        return Defect.of(UndesignatedReason.BAD_SHARES, Defect.Field.SHARES);
      }
      sum += share;
    }
    return n == 0 || sum != Share.WHOLE
        ? Defect.of(UndesignatedReason.BAD_SHARES, Defect.Field.SHARES)
        : null;
  }

  /**
   * A2 — where a designation is wrong: the reason, the share at fault ({@link #WHOLE} when it is
   * the designation as a whole: its day, its number of recipients, its sum) and its field.
   */
  public record Defect(UndesignatedReason reason, int share, Field field) {

    /** The designation as a whole rather than one of its shares. */
    public static final int WHOLE = -1;

    /** The part of a designation at fault. */
    public enum Field {
      /** the day it was made */
      MADE_ON,
      /** the shares together: how many there are, or their sum */
      SHARES,
      /** one share's recipient */
      RECIPIENT,
      /** one share's basis points */
      BASIS_POINTS
    }

    static Defect of(UndesignatedReason reason, Field field) {
      return new Defect(reason, WHOLE, field);
    }
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
