package org.confederatio.web.api;

/**
 * Role names for {@code @RolesAllowed}; they equal {@link
 * org.confederatio.access.Role#groupName()}.
 */
public final class Roles {

  public static final String ADMIN = "admin";
  public static final String CLERK = "clerk";
  public static final String POLICY = "policy";
  public static final String CITIZEN = "citizen";
  public static final String FOUNDATION = "foundation";

  private Roles() {}
}
