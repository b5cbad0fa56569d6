package org.confederatio.rules.api.allocation;

import org.confederatio.rules.api.canton.OrganizationId;

/**
 * Who may receive designated money: an organization, or the canton itself (written {@code canton}).
 */
public record Recipient(String id) implements Comparable<Recipient> {

  public static final Recipient CANTON = new Recipient("canton");

  public Recipient {
    if (!"canton".equals(id)) {
      new OrganizationId(id); // validates the format
    }
  }

  /** Parses {@code canton} or an organization id. */
  public static Recipient of(String id) {
    return "canton".equals(id) ? CANTON : new Recipient(id);
  }

  public static Recipient of(OrganizationId organization) {
    return new Recipient(organization.value());
  }

  public boolean isCanton() {
    return this.equals(CANTON);
  }

  /** A8's tie-break orders recipients by id. */
  @Override
  public int compareTo(Recipient other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return id;
  }
}
