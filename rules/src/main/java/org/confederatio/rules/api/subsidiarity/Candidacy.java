package org.confederatio.rules.api.subsidiarity;

import java.util.Set;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * An organization's offer to run a function as commons. {@code met} holds only the design
 * principles the organization claimed and a policy officer accepted on review: only those count.
 */
public record Candidacy(
    String id, String function, OrganizationId organization, Set<DesignPrinciple> met) {

  public Candidacy {
    met = Set.copyOf(met);
  }

  /** Viable when it meets at least as many principles as the canton's policy requires. */
  public boolean viable(int required) {
    return met.size() >= required;
  }
}
