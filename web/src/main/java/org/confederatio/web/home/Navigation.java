package org.confederatio.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.confederatio.access.Role;

/**
 * The home page and menu of each role. A feature adds its pages here, for the roles that use them;
 * the container's constraints in web.xml are what actually keep other roles out.
 */
@Named
@RequestScoped
public class Navigation {

  /** A menu entry: the bundle key of its label and the page it opens. */
  public record Entry(String labelKey, String path) {}

  private static final Entry CANTONS = new Entry("nav.cantons", "/cantons.xhtml");
  private static final Entry ORGANIZATIONS = new Entry("nav.organizations", "/organizations.xhtml");
  private static final Entry ORGANIZATIONS_ADMIN =
      new Entry("nav.organizationsAdmin", "/admin/organizations.xhtml");
  private static final Entry MOVES = new Entry("nav.moves", "/clerk/moves.xhtml");
  private static final Entry IMPORT = new Entry("nav.import", "/clerk/import.xhtml");
  private static final Entry ELECTIONS = new Entry("nav.elections", "/clerk/elections.xhtml");
  private static final Entry CLERK_ROLL = new Entry("nav.roll", "/clerk/roll.xhtml");
  private static final Entry POLICY_ROLL = new Entry("nav.roll", "/policy/roll.xhtml");
  private static final Entry MY_STATUS = new Entry("nav.myStatus", "/citizen/roll.xhtml");
  private static final Entry MY_DESIGNATION =
      new Entry("nav.myDesignation", "/citizen/designation.xhtml");
  private static final Entry TAXPAYERS = new Entry("nav.taxpayers", "/clerk/taxpayers.xhtml");
  private static final Entry FISCAL_IMPORT =
      new Entry("nav.fiscalImport", "/clerk/fiscal-import.xhtml");
  private static final Entry POLICIES = new Entry("nav.policies", "/policy/policies.xhtml");
  private static final Entry CLERK_ALLOCATION =
      new Entry("nav.allocation", "/clerk/allocation.xhtml");
  private static final Entry POLICY_ALLOCATION =
      new Entry("nav.allocation", "/policy/allocation.xhtml");
  private static final Entry REPORTS = new Entry("nav.reports", "/foundation/reports.xhtml");
  private static final Entry SUBSIDIARITY =
      new Entry("nav.subsidiarity", "/policy/subsidiarity.xhtml");
  private static final Entry BODIES = new Entry("nav.bodies", "/policy/bodies.xhtml");
  private static final Entry FUNCTIONS = new Entry("nav.functions", "/policy/functions.xhtml");
  private static final Entry CANDIDACIES =
      new Entry("nav.candidacies", "/foundation/candidacies.xhtml");
  private static final Entry FUNCTION_REGISTER =
      new Entry("nav.functionRegister", "/admin/functions.xhtml");
  private static final Entry SETTLEMENTS = new Entry("nav.settlements", "/admin/settlements.xhtml");
  private static final Entry AUDIT = new Entry("nav.audit", "/audit.xhtml");
  private static final Entry PASSWORD = new Entry("nav.password", "/password.xhtml");

  @Inject private SecurityContext security;

  /** The role the caller signed in with, or null for an anonymous visitor. */
  public Role getRole() {
    return Arrays.stream(Role.values())
        .filter(r -> security.isCallerInRole(r.groupName()))
        .findFirst()
        .orElse(null);
  }

  public String homeOf(SecurityContext context) {
    Role role =
        Arrays.stream(Role.values())
            .filter(r -> context.isCallerInRole(r.groupName()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("signed in without a known role"));
    return "/" + role.groupName() + "/index.xhtml";
  }

  public String getHome() {
    return getRole() == null ? "/login.xhtml" : homeOf(security);
  }

  /**
   * A menu heading: a group of pages under one word, or a single page shown as a plain link. Ten
   * links in a row wrap into a header taller than a phone's screen; a few groups do not.
   */
  public record Group(String labelKey, List<Entry> entries) {
    public boolean isSingle() {
      return entries.size() == 1;
    }

    public Entry getFirst() {
      return entries.get(0);
    }
  }

  private static Group single(Entry entry) {
    return new Group(entry.labelKey(), List.of(entry));
  }

  /** The caller's menu, grouped; the password page is reached from the session's corner. */
  public List<Group> getMenu() {
    Role role = getRole();
    if (role == null) {
      return List.of();
    }
    Group home = single(new Entry("nav.home", homeOf(security)));
    return switch (role) {
      case ADMIN ->
          List.of(
              home,
              new Group(
                  "nav.group.records", List.of(CANTONS, ORGANIZATIONS_ADMIN, FUNCTION_REGISTER)),
              single(SETTLEMENTS),
              single(AUDIT));
      case CLERK ->
          List.of(
              home,
              new Group("nav.group.taxes", List.of(TAXPAYERS, FISCAL_IMPORT, CLERK_ALLOCATION)),
              new Group("nav.group.residents", List.of(MOVES, IMPORT, CLERK_ROLL, ELECTIONS)),
              new Group("nav.group.records", List.of(AUDIT, CANTONS, ORGANIZATIONS)));
      case POLICY ->
          List.of(
              home,
              new Group("nav.group.taxes", List.of(POLICIES, POLICY_ALLOCATION)),
              new Group("nav.group.subsidiarity", List.of(SUBSIDIARITY, FUNCTIONS, BODIES)),
              single(POLICY_ROLL),
              new Group("nav.group.records", List.of(AUDIT, CANTONS, ORGANIZATIONS)));
      case CITIZEN ->
          List.of(home, single(MY_DESIGNATION), single(MY_STATUS), single(ORGANIZATIONS));
      case FOUNDATION -> List.of(home, single(REPORTS), single(CANDIDACIES), single(ORGANIZATIONS));
    };
  }

  /** The password page, beside the signed-in name. */
  public Entry getPassword() {
    return PASSWORD;
  }

  /** Sends a signed-in person from the site's root to their home page. */
  public String land() {
    return getHome() + "?faces-redirect=true";
  }
}
