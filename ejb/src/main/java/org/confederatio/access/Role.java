package org.confederatio.access;

/** The roles of DESIGN.md; each is also the security group and role name used by the container. */
public enum Role {
  ADMIN,
  CLERK,
  POLICY,
  CITIZEN,
  FOUNDATION;

  /** The name the container knows the role by ({@code @RolesAllowed}, web.xml). */
  public String groupName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Role ofGroupName(String group) {
    return valueOf(group.toUpperCase(java.util.Locale.ROOT));
  }

  /** Clerks and policy officers act for one canton. */
  public boolean boundToCanton() {
    return this == CLERK || this == POLICY;
  }

  /** Foundations act for one organization. */
  public boolean boundToOrganization() {
    return this == FOUNDATION;
  }
}
