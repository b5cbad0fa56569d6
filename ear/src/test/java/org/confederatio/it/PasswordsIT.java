package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.confederatio.access.AccountAdministration;
import org.confederatio.access.Callers;
import org.confederatio.access.Passwords;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Invalid;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.rules.api.canton.OrganizationId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a password change is audited without any secret, and a refused one leaves none.
 * Each test changes the password of a login of its own, made by the administrator as {@code POST
 * /api/accounts} makes it.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordsIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("passwords-it.war").addClasses(PasswordsIT.class, InServer.class);
  }

  @Inject private Passwords passwords;
  @Inject private Callers callers;
  @Inject private AuditTrail audit;
  @Inject private AccountAdministration accounts;
  @Inject private OrganizationAdministration organizations;

  /**
   * A new foundation's login (it needs no person in a register): its username and first password.
   */
  private String[] newLogin() {
    var admin = callers.byUsername("admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    String organization = "org-" + suffix;
    organizations.register(
        admin,
        OrganizationId.of(organization),
        new OrganizationAdministration.Entry("Password Phyle", "PHYLE", null, null, null));
    var issued =
        accounts.create(
            admin,
            new AccountAdministration.NewAccount(
                "foundation-" + suffix, "foundation", "Test foundation", null, organization, null));
    return new String[] {issued.account().username(), issued.initialPassword()};
  }

  @Test
  void aChangeIsAuditedWithoutAnySecret() {
    String[] login = newLogin();
    String replacement = "a long walk by the lake";

    passwords.change(callers.byUsername(login[0]), login[1], replacement);

    var entries = audit.of("Account", login[0]);
    assertEquals(
        List.of("create", "change-password"), entries.stream().map(e -> e.action()).toList());
    var entry = entries.get(1);
    assertEquals(login[0], entry.actor());
    assertNull(entry.before(), "no hash, old or new");
    assertNull(entry.after());
    assertEquals(Optional.empty(), passwords.check(login[0], login[1]));
    assertEquals(Optional.of(Role.FOUNDATION), passwords.check(login[0], replacement));
  }

  @Test
  void aRefusedChangeChangesAndAuditsNothing() {
    String[] login = newLogin();
    var created = audit.of("Account", login[0]);

    var refused =
        assertThrows(
            Invalid.class,
            () ->
                passwords.change(callers.byUsername(login[0]), "wrong", "a long walk by the lake"));

    assertEquals(List.of("current"), refused.violations().stream().map(v -> v.field()).toList());
    assertEquals(List.of("create"), created.stream().map(e -> e.action()).toList());
    assertEquals(
        created.stream().map(e -> e.id()).toList(),
        audit.of("Account", login[0]).stream().map(e -> e.id()).toList(),
        "nothing audited but the creation");
    assertEquals(Optional.of(Role.FOUNDATION), passwords.check(login[0], login[1]));
  }

  @Test
  void oddCredentialsAreRefusedWithoutAnError() {
    String[] login = newLogin();

    assertFalse(passwords.check(null, "x").isPresent());
    assertFalse(passwords.check("", "x").isPresent());
    assertFalse(passwords.check("u".repeat(5000), "x").isPresent());
    assertFalse(passwords.check(login[0], "").isPresent());
    assertFalse(passwords.check(login[0], null).isPresent());
    assertFalse(passwords.check(login[0], login[1] + " ").isPresent());
    assertTrue(passwords.check(login[0], login[1]).isPresent());
  }
}
