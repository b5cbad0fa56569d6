package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.RegisterImport;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: the register's changes, the snapshots and the import, against the real database,
 * in a canton of the test's own with its founding policy.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("register-it.war").addClasses(RegisterIT.class, InServer.class);
  }

  @Inject private ResidenceRegister register;
  @Inject private RegisterImport registerImport;
  @Inject private Rolls rolls;
  @Inject private Callers callers;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;

  private CantonCode canton;
  private Caller clerk;

  @BeforeEach
  void aCantonOfItsOwn() {
    canton =
        InServer.foundedCanton(
            cantons, policies, callers.byUsername("admin"), calendar.currentYear(), "12-31");
    clerk = InServer.official(Role.CLERK, canton);
  }

  private static String id() {
    return "A-" + UUID.randomUUID().toString().substring(0, 13);
  }

  private String registered(LocalDate since) {
    String id = id();
    register.register(
        clerk,
        canton,
        new ResidenceRegister.NewPerson(
            id, "In Server", LocalDate.of(1980, 1, 1), since, "IT", null));
    return id;
  }

  @Test
  void aPersonGivenNoIdGetsOne() {
    var person =
        register.register(
            clerk,
            canton,
            new ResidenceRegister.NewPerson(
                null, "No Id", LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1), "IT", null));

    assertEquals(36, person.id().length(), person.id());
    assertEquals("No Id", register.find(clerk, PersonId.of(person.id())).name());
  }

  @Test
  void everyChangeIsAudited() {
    String id = registered(LocalDate.of(2020, 1, 1));
    CantonCode other = CantonCode.of(InServer.fresh("T"));
    cantons.register(
        callers.byUsername("admin"),
        new CantonRegistry.NewCanton(other.value(), "Canton " + other));
    register.move(
        clerk, PersonId.of(id), Optional.of(other), LocalDate.of(2025, 1, 1), Optional.empty());

    var entries = audit.of("Person", id);

    assertEquals(2, entries.size());
    assertEquals("move-in", entries.get(1).action());
    assertTrue(entries.get(1).after().contains("\"to\":\"2024-12-31\""), entries.get(1).after());
  }

  @Test
  void anOverlapChangesNothing() {
    String id = registered(LocalDate.of(2020, 1, 1));
    register.move(
        clerk, PersonId.of(id), Optional.empty(), LocalDate.of(2022, 1, 1), Optional.empty());
    var before = register.find(clerk, PersonId.of(id));

    assertThrows(
        Conflict.class,
        () ->
            register.move(
                clerk,
                PersonId.of(id),
                Optional.of(canton),
                LocalDate.of(2021, 1, 1),
                Optional.of(LocalDate.of(1980, 1, 1))));

    assertEquals(before, register.find(clerk, PersonId.of(id)));
  }

  @Test
  void aSnapshotIsUnchangedByLaterMoves() {
    String id = registered(LocalDate.of(2015, 1, 1));
    var election = rolls.freeze(clerk, canton, "IT " + UUID.randomUUID(), calendar.today());
    RollEntry frozen = entryOf(rolls.frozen(clerk, election.id()).entries(), id);

    register.move(
        clerk, PersonId.of(id), Optional.empty(), calendar.today().minusDays(1), Optional.empty());

    assertEquals(Reason.ELIGIBLE, frozen.reason());
    assertEquals(frozen, entryOf(rolls.frozen(clerk, election.id()).entries(), id));
    assertEquals(
        Reason.NOT_RESIDENT,
        entryOf(rolls.compute(clerk, canton, calendar.today()).entries(), id).reason());
  }

  @Test
  void aFileWithBadRowsImportsNothingAndNamesEachRow() {
    String good = id();
    String csv =
        RegisterImport.HEADER
            + "\n"
            + good
            + ",Good Row,1990-01-01,2010-01-01,,,,\n"
            + id()
            + ",,1990-13-01,2010-01-01,,,,\n"
            + id()
            + ",Too Early,1990-01-01,1980-01-01,,,,\n";

    var error = assertThrows(Invalid.class, () -> registerImport.run(clerk, canton, csv));

    assertEquals(3, error.violations().size());
    assertEquals("line 3, column name", error.violations().get(0).field());
    assertEquals("line 3, column born", error.violations().get(1).field());
    assertEquals("'1990-13-01' is not a day of the calendar", error.violations().get(1).message());
    assertEquals("line 4, column resident_from", error.violations().get(2).field());
    assertThrows(
        NotFound.class, () -> register.find(callers.byUsername("admin"), PersonId.of(good)));
  }

  @Test
  void importingTheSameFileTwiceAddsNothing() {
    String a = id();
    String b = id();
    String csv =
        RegisterImport.HEADER
            + "\n"
            + a
            + ",Anna Import,1990-01-01,2010-01-01,2019-12-31,,SE,\n"
            + a
            + ",Anna Import,1990-01-01,2020-01-01,,,SE,\n"
            + b
            + ",Bo Import,1950-01-01,1990-01-01,,2024-03-01,,\n";

    var first = registerImport.run(clerk, canton, csv);
    var second = registerImport.run(clerk, canton, csv);

    assertEquals(new RegisterImport.Result(3, 2, 3, 0), first);
    assertEquals(new RegisterImport.Result(3, 0, 0, 3), second);
    assertEquals(2, register.find(clerk, PersonId.of(a)).residences().size());
    assertEquals(
        Reason.DECEASED,
        entryOf(rolls.compute(clerk, canton, calendar.today()).entries(), b).reason());
  }

  @Test
  void anImportThatWouldOverlapIsRefused() {
    String id = registered(LocalDate.of(2020, 1, 1));
    String csv = RegisterImport.HEADER + "\n" + id + ",In Server,1980-01-01,2021-01-01,,,,\n";

    var error = assertThrows(Invalid.class, () -> registerImport.run(clerk, canton, csv));

    assertTrue(
        error
            .violations()
            .get(0)
            .message()
            .startsWith("overlaps the residence " + canton + " from 2020-01-01"),
        error.violations().get(0).message());
  }

  private static RollEntry entryOf(java.util.List<RollEntry> entries, String id) {
    return entries.stream().filter(e -> e.personId().equals(id)).findFirst().orElseThrow();
  }
}
