package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.access.Passwords;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Invalid;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a password change is audited without any secret, and a refused one leaves none.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordsIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("passwords-it.war")
        .addClasses(PasswordsIT.class, InServer.class, ThrowawayAccountCreator.class);
  }

  @Inject private Passwords passwords;
  @Inject private Callers callers;
  @Inject private AuditTrail audit;
  @Inject private ThrowawayAccountCreator creator;

  @Test
  void aChangeIsAuditedWithoutAnySecret() {
    String[] login = creator.create();
    String replacement = "a long walk by the lake";

    passwords.change(callers.byUsername(login[0]), login[1], replacement);

    var entries = audit.of("Account", login[0]);
    assertEquals(List.of("change-password"), entries.stream().map(e -> e.action()).toList());
    var entry = entries.get(0);
    assertEquals(login[0], entry.actor());
    assertNull(entry.before(), "no hash, old or new");
    assertNull(entry.after());
    assertEquals(Optional.empty(), passwords.check(login[0], login[1]));
    assertEquals(Optional.of(Role.CITIZEN), passwords.check(login[0], replacement));
  }

  @Test
  void aRefusedChangeChangesAndAuditsNothing() {
    String[] login = creator.create();

    var refused =
        assertThrows(
            Invalid.class,
            () ->
                passwords.change(callers.byUsername(login[0]), "wrong", "a long walk by the lake"));

    assertEquals(List.of("current"), refused.violations().stream().map(v -> v.field()).toList());
    assertTrue(audit.of("Account", login[0]).isEmpty());
    assertEquals(Optional.of(Role.CITIZEN), passwords.check(login[0], login[1]));
  }

  @Test
  void oddCredentialsAreRefusedWithoutAnError() {
    String[] login = creator.create();

    assertFalse(passwords.check(null, "x").isPresent());
    assertFalse(passwords.check("", "x").isPresent());
    assertFalse(passwords.check("u".repeat(5000), "x").isPresent());
    assertFalse(passwords.check(login[0], "").isPresent());
    assertFalse(passwords.check(login[0], null).isPresent());
    assertFalse(passwords.check(login[0], login[1] + " ").isPresent());
    assertTrue(passwords.check(login[0], login[1]).isPresent());
  }
}
