package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: justifications over time (S4), and the register's checks, in a canton of the
 * test's own.
 */
@ExtendWith(ArquillianExtension.class)
class SubsidiarityIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("subsidiarity-it.war")
        .addClasses(SubsidiarityIT.class, InServer.class, MovableClock.class);
  }

  @Inject private FunctionRegister register;
  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;
  @Inject private MovableClock clock;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;

  private CantonCode canton;
  private Caller policy;

  /** A new canton and its policy officer (a canton without a policy needs all eight principles). */
  @BeforeEach
  void aCantonOfItsOwn() {
    StringBuilder code = new StringBuilder("T");
    java.util.Random random = new java.security.SecureRandom();
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    canton = CantonCode.of(code.toString());
    cantons.register(
        callers.byUsername("admin"),
        new CantonRegistry.NewCanton(canton.value(), "Canton " + canton));
    policy =
        new Caller(
            "policy-" + canton,
            Role.POLICY,
            "Test policy officer",
            Optional.of(canton),
            Optional.empty(),
            Optional.empty());
  }

  @AfterEach
  void backToToday() {
    clock.reset();
  }

  private String confederalLocalFunction() {
    String id = "s-" + UUID.randomUUID().toString().substring(0, 8);
    register.register(
        callers.byUsername("admin"),
        canton,
        new FunctionRegister.NewFunction(
            id,
            "Street lighting",
            null,
            "CONFEDERAL",
            "LOCAL",
            false,
            null,
            List.of(canton.value())));
    return id;
  }

  private String status(String finding) {
    return reviews.review(policy, canton).findings().stream()
        .filter(f -> f.id().equals(finding))
        .findFirst()
        .orElseThrow()
        .status()
        .name();
  }

  @Test
  void aJustificationThatExpiredLeavesTheFindingOpenAgain() throws Exception {
    String function = confederalLocalFunction();
    String finding = canton + ":" + function + ":SHOULD_BE_CANTONAL";
    reviews.justify(policy, finding, "uniform regulation", calendar.today().plusDays(1));
    assertEquals("JUSTIFIED", status(finding));

    clock.advance(Duration.ofDays(2));

    assertEquals("OPEN", status(finding));
  }

  @Test
  void aJustificationMustRunToADayToCome() {
    String finding = canton + ":" + confederalLocalFunction() + ":SHOULD_BE_CANTONAL";

    var refused =
        assertThrows(
            Invalid.class, () -> reviews.justify(policy, finding, "because", calendar.today()));
    assertEquals("until", refused.violations().get(0).field());
    assertEquals("OPEN", status(finding));
  }
}
