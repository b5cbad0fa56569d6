package org.confederatio.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.PolicyDraft;
import org.confederatio.rules.api.canton.CantonCode;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A test archive that carries the application's own core: the EJB module and its libraries as the
 * EAR build laid them out, so that in-server tests exercise the very jars that ship.
 */
final class InServer {

  private InServer() {}

  static WebArchive archive(String name) {
    Path exploded = Path.of(System.getProperty("test.ear.dir", "target/confederatio"));
    WebArchive war =
        ShrinkWrap.create(WebArchive.class, name)
            .addAsLibraries(exploded.resolve("confederatio-ejb.jar").toFile());
    try (var libs = Files.list(exploded.resolve("lib"))) {
      libs.map(Path::toFile).forEach(war::addAsLibraries);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return war.addAsWebInfResource(
        new org.jboss.shrinkwrap.api.asset.StringAsset(
            "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"all\"/>"),
        "beans.xml");
  }

  /** The prefix and seven random capital letters: a code no earlier run used. */
  static String fresh(String prefix) {
    StringBuilder s = new StringBuilder(prefix);
    java.util.Random random = new java.security.SecureRandom();
    for (int i = 0; i < 7; i++) {
      s.append((char) ('A' + random.nextInt(26)));
    }
    return s.toString();
  }

  /** An official of {@code canton} as the services see a signed-in caller. */
  static Caller official(Role role, CantonCode canton) {
    return new Caller(
        role.groupName() + "-" + canton,
        role,
        "Test " + role,
        Optional.of(canton),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * A new canton whose founding policy, from two years before {@code currentYear}, closes its
   * designations on {@code deadline} ({@code MM-DD}) and gives votes at 18 after 3 months.
   */
  static CantonCode foundedCanton(
      CantonRegistry cantons,
      CantonPolicies policies,
      Caller admin,
      int currentYear,
      String deadline) {
    CantonCode code = CantonCode.of(fresh("T"));
    cantons.register(admin, new CantonRegistry.NewCanton(code.value(), "Canton " + code));
    int from = currentYear - 2;
    policies.schedule(
        official(Role.POLICY, code),
        code,
        new PolicyDraft(
            from,
            "0.01",
            "BY_AMOUNT",
            "RETAIN",
            null,
            List.of(),
            null,
            "0",
            3,
            deadline,
            18,
            3,
            "Founding law on designations",
            from + "-01-01",
            "https://canton.example.org/laws/founding"));
    return code;
  }
}
