package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.designation.Designations;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.sharing.Bodies;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server, A12 for settlements on a body of the test's own: two new cantons join it from next
 * year, and the clock moves on into that year so that it can be settled. The first publication is
 * in force, a correction needs a reason and supersedes it, two at once leave exactly one in force,
 * and a draft is for the administrator and the members' officials only.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementsInForceIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("settlements-in-force-it.war")
        .addClasses(SettlementsInForceIT.class, InServer.class, MovableClock.class);
  }

  @Inject private Settlements settlements;
  @Inject private Bodies bodies;
  @Inject private CantonRegistry cantons;
  @Inject private OrganizationAdministration organizations;
  @Inject private ResidenceRegister register;
  @Inject private Designations designations;
  @Inject private AuditTrail audit;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private MovableClock clock;

  @Resource private ManagedExecutorService executor;

  private Caller admin;
  private String body;
  private int year;
  private CantonCode member;
  private CantonCode outsider;

  private CantonCode canton(boolean joins) {
    CantonCode code = CantonCode.of(InServer.fresh("Q"));
    cantons.register(admin, new CantonRegistry.NewCanton(code.value(), "Canton " + code));
    String person = InServer.fresh("P-");
    register.register(
        InServer.official(Role.CLERK, code),
        code,
        new ResidenceRegister.NewPerson(
            person, "Resident", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1), null, null));
    if (joins) {
      bodies.join(
          InServer.official(Role.POLICY, code),
          code,
          OrganizationId.of(body),
          "0.01",
          FiscalYear.of(year));
    }
    people.add(new String[] {code.value(), person});
    return code;
  }

  private final List<String[]> people = new ArrayList<>();

  @BeforeEach
  void aBodyWithTwoMembersFromNextYear() {
    admin = callers.byUsername("admin");
    year = calendar.currentYear() + 1;
    body = InServer.fresh("fund-").toLowerCase();
    organizations.register(
        admin,
        OrganizationId.of(body),
        new OrganizationAdministration.Entry("Fund " + body, "CONFEDERAL_FUND", null, null, null));
    bodies.define(admin, new Bodies.NewBody(body, "0", "0.05", "EQUAL_PER_CAPITA", null));
    member = canton(true);
    canton(true);
    outsider = canton(false);
    // into next year, which has now begun and can be settled
    clock.advance(Duration.ofDays(400));
    for (String[] p : people) {
      CantonCode c = CantonCode.of(p[0]);
      designations.assess(
          InServer.official(Role.CLERK, c), c, PersonId.of(p[1]), FiscalYear.of(year), "1000.00");
    }
  }

  @AfterEach
  void backToToday() {
    clock.reset();
  }

  private long settle() {
    return settlements.settle(admin, OrganizationId.of(body), FiscalYear.of(year)).id();
  }

  @Test
  void theFirstPublicationIsInForceAndACorrectionNeedsAReasonAndSupersedesIt() {
    long first = settle();
    var refused =
        assertThrows(
            Invalid.class, () -> settlements.publish(admin, first, "nothing to correct", null));
    assertEquals("reason", refused.violations().get(0).field());

    Settlements.View published = settlements.publish(admin, first, null, null);
    assertTrue(published.inForce());
    assertNull(published.replaces());
    assertEquals("20.00", published.pot(), "C2, C3: 1 % of each member's 1000.00");

    long second = settle();
    assertEquals(
        "reason",
        assertThrows(Invalid.class, () -> settlements.publish(admin, second, null, null))
            .violations()
            .get(0)
            .field());
    assertThrows(
        Conflict.class, () -> settlements.publish(admin, second, "Recount", second), "not seen");

    Settlements.View correction = settlements.publish(admin, second, "Recount", first);
    assertTrue(correction.inForce());
    assertEquals(first, correction.replaces().settlement());
    assertEquals("Recount", correction.replaces().reason());
    Settlements.View superseded = settlements.view(callers.byUsername("citizen"), first);
    assertEquals("PUBLISHED", superseded.state());
    assertFalse(superseded.inForce());
    assertEquals(second, superseded.replacedBy().settlement());
    assertEquals(
        second,
        settlements.inForce(OrganizationId.of(body), FiscalYear.of(year)).orElseThrow().id(),
        "the correction counts");
    assertEquals(
        List.of("settle", "publish", "supersede"),
        audit.of("Settlement", first).stream().map(e -> e.action()).toList());
    assertEquals(
        List.of("settle", "correct"),
        audit.of("Settlement", second).stream().map(e -> e.action()).toList());
  }

  @Test
  void twoSettlementsPublishedAtOnceLeaveExactlyOneInForce() throws Exception {
    long first = settle();
    settlements.publish(admin, first, null, null);
    long a = settle();
    long b = settle();

    CyclicBarrier start = new CyclicBarrier(2);
    List<Future<String>> outcomes = new ArrayList<>();
    for (long id : new long[] {a, b}) {
      Callable<String> publish =
          () -> {
            start.await();
            try {
              settlements.publish(admin, id, "Two administrators at once", first);
              return "published";
            } catch (Conflict lost) {
              return "conflict";
            }
          };
      outcomes.add(executor.submit(publish));
    }
    List<String> results = new ArrayList<>();
    for (Future<String> outcome : outcomes) {
      try {
        results.add(outcome.get());
      } catch (ExecutionException e) {
        throw new AssertionError("a publication failed instead of being refused", e.getCause());
      }
    }

    assertEquals(1, results.stream().filter("published"::equals).count(), results.toString());
    long winner =
        settlements.inForce(OrganizationId.of(body), FiscalYear.of(year)).orElseThrow().id();
    assertTrue(winner == a || winner == b);
    long loser = winner == a ? b : a;
    assertEquals("DRAFT", settlements.view(admin, loser).state(), "the other changed nothing");
    assertEquals(winner, settlements.view(admin, first).replacedBy().settlement());
  }

  @Test
  void aDraftIsForTheAdministratorAndTheMembersOfficialsOnly() {
    long draft = settle();

    for (Caller outsiders :
        List.of(
            InServer.official(Role.CLERK, outsider),
            InServer.official(Role.POLICY, outsider),
            callers.byUsername("citizen"),
            callers.byUsername("foundation"))) {
      assertThrows(NotFound.class, () -> settlements.view(outsiders, draft));
      assertTrue(
          settlements.ofBody(outsiders, OrganizationId.of(body), FiscalYear.of(year)).stream()
              .noneMatch(s -> s.id() == draft));
    }
    assertEquals(draft, settlements.view(InServer.official(Role.CLERK, member), draft).id());
    assertEquals(draft, settlements.view(InServer.official(Role.POLICY, member), draft).id());

    settlements.publish(admin, draft, null, null);
    assertEquals(draft, settlements.view(callers.byUsername("citizen"), draft).id());
  }
}
