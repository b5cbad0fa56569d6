package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.concurrent.ThreadLocalRandom;
import org.confederatio.access.Callers;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.CantonCode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the canton service checks the caller's role itself, refuses bad input before it
 * changes anything, and records each change in the audit log in the same transaction.
 */
@ExtendWith(ArquillianExtension.class)
class CantonRegistryIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("canton-registry-it.war")
        .addClasses(CantonRegistryIT.class, InServer.class);
  }

  @Inject private CantonRegistry cantons;
  @Inject private Callers callers;
  @Inject private AuditTrail audit;

  @Test
  void aRegistrationIsAudited() {
    String code = fresh();

    cantons.register(callers.byUsername("admin"), new CantonRegistry.NewCanton(code, "Audited"));

    var entries = audit.of("Canton", code);
    assertEquals(1, entries.size());
    assertEquals("admin", entries.get(0).actor());
    assertEquals("register", entries.get(0).action());
    assertNull(entries.get(0).before());
    assertEquals("{\"code\":\"" + code + "\",\"name\":\"Audited\"}", entries.get(0).after());
  }

  @Test
  void theServiceRefusesAClerkEvenWithoutTheRestLayer() {
    String code = fresh();

    var error =
        assertThrows(
            AccessRefused.class,
            () ->
                cantons.register(
                    callers.byUsername("clerk"),
                    new CantonRegistry.NewCanton(code, "Not allowed")));

    assertEquals("This needs the role admin; you are signed in as clerk.", error.getMessage());
    assertThrows(NotFound.class, () -> cantons.find(CantonCode.of(code)));
    assertTrue(audit.of("Canton", code).isEmpty(), "nothing audited");
  }

  @Test
  void anInvalidNameChangesNothing() {
    String code = fresh();

    var error =
        assertThrows(
            Invalid.class,
            () ->
                cantons.register(
                    callers.byUsername("admin"),
                    new CantonRegistry.NewCanton(code, "x".repeat(121))));

    assertEquals("name: is at most 120 characters", error.getMessage());
    assertThrows(NotFound.class, () -> cantons.find(CantonCode.of(code)));
  }

  private static String fresh() {
    StringBuilder code = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }
}
