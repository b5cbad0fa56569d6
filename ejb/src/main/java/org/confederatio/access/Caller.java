package org.confederatio.access;

import java.util.Arrays;
import java.util.Optional;
import org.confederatio.failure.AccessRefused;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * The authenticated person behind a request, with the binding read from the database (a canton for
 * clerks and policy officers, an organization for foundations, the person in the register for a
 * citizen). Services receive it and check it before they read or change anything.
 */
public record Caller(
    String username,
    Role role,
    String displayName,
    Optional<CantonCode> canton,
    Optional<OrganizationId> organization,
    Optional<String> person) {

  /** Refuses unless the caller has one of the roles. */
  public Caller require(Role... allowed) {
    if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
      throw new AccessRefused(
          "This needs the role "
              + describe(allowed)
              + "; you are signed in as "
              + role.groupName()
              + ".");
    }
    return this;
  }

  /**
   * Refuses unless the caller has one of the roles and is bound to this canton (admins act for
   * all).
   */
  public Caller requireCanton(CantonCode target, Role... allowed) {
    require(allowed);
    if (role != Role.ADMIN && !canton.map(target::equals).orElse(false)) {
      throw new AccessRefused(
          "You act for canton "
              + canton.map(CantonCode::value).orElse("(none)")
              + " and may not act for canton "
              + target
              + ".");
    }
    return this;
  }

  /** Refuses unless the caller is the foundation of this organization (admins act for all). */
  public Caller requireOrganization(OrganizationId target) {
    require(Role.ADMIN, Role.FOUNDATION);
    if (role != Role.ADMIN && !organization.map(target::equals).orElse(false)) {
      throw new AccessRefused(
          "You act for organization "
              + organization.map(OrganizationId::value).orElse("(none)")
              + " and may not see the data of "
              + target
              + ".");
    }
    return this;
  }

  /**
   * Whether the caller may see a canton's unpublished results (draft runs and settlements): its
   * clerks and policy officers, and admins. To anyone else a draft does not exist.
   */
  public boolean seesDraftsOf(CantonCode target) {
    return role == Role.ADMIN
        || ((role == Role.CLERK || role == Role.POLICY)
            && canton.map(target::equals).orElse(false));
  }

  private static String describe(Role... roles) {
    return String.join(" or ", Arrays.stream(roles).map(Role::groupName).toList());
  }
}
