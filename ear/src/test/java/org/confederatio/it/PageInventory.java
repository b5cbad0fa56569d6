package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every page of the web application: its address, who opens it, and the state that fills it. The
 * page tests ({@link PagesBrowserIT}) visit each entry; a page of {@code web/src/main/webapp}
 * missing here fails the build, so a new page cannot escape them.
 */
final class PageInventory {

  /** The login that opens a page ({@code null}: signed out). */
  record Page(String login, String path, String query, String state) {
    String address(State filled) {
      return path + (query == null ? "" : "?" + filled.fill(query));
    }
  }

  /** What the test set up before the visits, put into the queries' placeholders. */
  record State(long runId, long settlementId) {
    String fill(String query) {
      return query
          .replace("{run}", Long.toString(runId))
          .replace("{settlement}", Long.toString(settlementId));
    }
  }

  static final List<Page> PAGES =
      List.of(
          // signed out
          new Page(null, "/login.xhtml", null, "the sign-in form"),
          new Page(null, "/error/expired.xhtml", null, "an expired form"),
          new Page(null, "/error/forbidden.xhtml", null, "a page of another role"),
          new Page(null, "/error/not-found.xhtml", null, "an unknown address"),
          new Page(null, "/error/unexpected.xhtml", null, "a failure on our side"),
          // the administrator
          new Page("admin", "/admin/index.xhtml", null, "the tasks"),
          new Page("admin", "/admin/organizations.xhtml", null, "the demo's 48 organizations"),
          new Page("admin", "/admin/settlements.xhtml", null, "the bodies and their settlements"),
          new Page(
              "admin",
              "/admin/settlements.xhtml",
              "settlement={settlement}",
              "a settlement of the solidarity fund for 2025"),
          new Page("admin", "/admin/functions.xhtml", null, "the demo's public functions"),
          new Page("admin", "/audit.xhtml", null, "every canton's audit trail"),
          new Page("admin", "/cantons.xhtml", null, "the demo's cantons"),
          new Page("admin", "/password.xhtml", null, "the password form"),
          // the clerk of Lacus
          new Page("clerk", "/clerk/index.xhtml", null, "the tasks"),
          new Page("clerk", "/clerk/taxpayers.xhtml", null, "Lacus's taxpayers of this year"),
          new Page(
              "clerk", "/clerk/taxpayer.xhtml", "id=P-0001&year=2025", "the citizen's tax file"),
          new Page("clerk", "/clerk/fiscal-import.xhtml", null, "the import form"),
          new Page("clerk", "/clerk/allocation.xhtml", null, "the runs of Lacus"),
          new Page("clerk", "/clerk/allocation.xhtml", "run={run}", "a published run for 2025"),
          new Page("clerk", "/clerk/moves.xhtml", null, "the residents' forms"),
          new Page("clerk", "/clerk/import.xhtml", null, "the register import form"),
          new Page("clerk", "/clerk/roll.xhtml", null, "Lacus's voter roll today"),
          new Page("clerk", "/clerk/elections.xhtml", null, "Lacus's elections"),
          new Page("clerk", "/audit.xhtml", null, "Lacus's audit trail"),
          // the policy officer of Lacus
          new Page("policy", "/policy/index.xhtml", null, "the tasks"),
          new Page("policy", "/policy/policies.xhtml", null, "Lacus's policy versions"),
          new Page("policy", "/policy/allocation.xhtml", null, "the runs of Lacus"),
          new Page("policy", "/policy/allocation.xhtml", "run={run}", "a published run for 2025"),
          new Page("policy", "/policy/subsidiarity.xhtml", null, "the demo's findings"),
          new Page("policy", "/policy/functions.xhtml", null, "the demo's public functions"),
          new Page("policy", "/policy/bodies.xhtml", null, "the demo's bodies"),
          new Page("policy", "/policy/roll.xhtml", null, "Lacus's voter roll today"),
          new Page("policy", "/organizations.xhtml", null, "the accredited organizations"),
          // the citizen P-0001
          new Page("citizen", "/index.xhtml", null, "the landing page, on to the citizen's home"),
          new Page("citizen", "/citizen/index.xhtml", null, "the tasks"),
          new Page("citizen", "/citizen/designation.xhtml", null, "this year's designation"),
          new Page("citizen", "/citizen/roll.xhtml", null, "the citizen's roll status"),
          // the foundation Commons of Code
          new Page("foundation", "/foundation/index.xhtml", null, "the tasks"),
          new Page("foundation", "/foundation/reports.xhtml", null, "the published lines"),
          new Page("foundation", "/foundation/candidacies.xhtml", null, "the candidacies"));

  private PageInventory() {}

  /** The pages of the source tree, as addresses: every .xhtml outside WEB-INF and resources. */
  static Set<String> sourcePages() {
    Path webapp = Path.of(System.getProperty("test.webapp", "../web/src/main/webapp"));
    try (Stream<Path> files = Files.walk(webapp)) {
      return files
          .filter(f -> f.toString().endsWith(".xhtml"))
          .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
