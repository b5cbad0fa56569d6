package org.confederatio.rules.api.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * The recipients a policy allows, numbered so that the aggregation's hot loop works on arrays: the
 * canton is 0, the accredited organizations follow in id order. A designation is resolved against
 * the table once, when it is read.
 */
public final class RecipientTable {

  static final int UNKNOWN = -1;

  private final List<Recipient> recipients = new ArrayList<>();
  private final Map<Recipient, Integer> index = new HashMap<>();

  public RecipientTable(AllocationPolicy policy) {
    add(Recipient.CANTON);
    for (OrganizationId organization : policy.accredited()) {
      add(Recipient.of(organization));
    }
  }

  private void add(Recipient recipient) {
    index.put(recipient, recipients.size());
    recipients.add(recipient);
  }

  int size() {
    return recipients.size();
  }

  int indexOf(Recipient recipient) {
    return index.getOrDefault(recipient, UNKNOWN);
  }

  Recipient recipient(int i) {
    return recipients.get(i);
  }

  /**
   * A designation made on a day, resolved against this table (unaccredited recipients stay
   * unknown).
   */
  public Designation designation(LocalDate madeOn, List<Share> shares) {
    int[] ids = new int[shares.size()];
    int[] bp = new int[shares.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = index.getOrDefault(shares.get(i).recipient(), UNKNOWN);
      bp[i] = shares.get(i).basisPoints();
    }
    return new Designation(madeOn.toEpochDay(), ids, bp);
  }
}
