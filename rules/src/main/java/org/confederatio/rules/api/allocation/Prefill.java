package org.confederatio.rules.api.allocation;

import java.util.ArrayList;
import java.util.List;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * A2 — the designation offered to a taxpayer who has made none: their affiliations split evenly, so
 * that it is one A2 accepts as it stands (shares summing to the whole, no more recipients than the
 * policy allows); with no affiliation, the whole goes to the canton.
 */
public final class Prefill {

  private Prefill() {}

  /**
   * A2 — the first {@code maxRecipients} affiliations, each with an even share in basis points; the
   * remainder of the division goes to the first, so that the shares sum to exactly {@value
   * Share#WHOLE}.
   */
  public static List<Share> fromAffiliations(List<OrganizationId> affiliations, int maxRecipients) {
    List<OrganizationId> chosen = affiliations.stream().limit(maxRecipients).toList();
    if (chosen.isEmpty()) {
      return List.of(new Share(Recipient.CANTON, Share.WHOLE));
    }
    int even = Share.WHOLE / chosen.size();
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      int share = i == 0 ? Share.WHOLE - even * (chosen.size() - 1) : even;
      shares.add(new Share(Recipient.of(chosen.get(i)), share));
    }
    return shares;
  }
}
