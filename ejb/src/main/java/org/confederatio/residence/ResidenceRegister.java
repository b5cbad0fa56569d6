package org.confederatio.residence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.roll.RollStamps;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.roll.Resident;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/**
 * The register's changes, each checked against the clerk's canton, refused whole on bad input or on
 * an overlap (R1), locked per person so that two moves cannot race, and audited.
 */
@Stateless
public class ResidenceRegister {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private CantonRegistry cantons;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;
  @Inject private RollStamps rolls;

  /** What a clerk enters to register a person living in their canton. */
  public record NewPerson(
      String id,
      String name,
      LocalDate born,
      LocalDate residentSince,
      String nationality,
      String placeOfOrigin) {}

  public Person.Summary register(Caller caller, CantonCode canton, NewPerson given) {
    caller.requireCanton(canton, Role.CLERK);
    Violations v = new Violations();
    // a person the clerk gives no id gets a UUID, whose 36 characters are an id's most
    String givenId =
        given.id() == null || given.id().isBlank()
            ? UUID.randomUUID().toString()
            : given.id().strip();
    LocalDate today = calendar.today();
    PersonId id = v.parse("id", () -> PersonId.of(givenId));
    v.requiredText("name", given.name(), Person.MAX_NAME)
        .text("nationality", given.nationality(), Person.MAX_NATIONALITY)
        .text("placeOfOrigin", given.placeOfOrigin(), Person.MAX_PLACE_OF_ORIGIN)
        .check(given.born() != null, "born", "is required")
        .check(given.residentSince() != null, "residentSince", "is required");
    Plausible.birth(v, "born", given.born(), today);
    Plausible.residenceFrom(v, "residentSince", given.residentSince(), given.born(), today);
    v.throwIfAny();
    cantons.find(canton);
    if (em.find(Person.class, id.value()) != null) {
      throw new Conflict("A person with the id " + id + " is already registered.");
    }
    Person person =
        new Person(
            id.value(),
            given.name().strip(),
            given.born(),
            blankToNull(given.nationality()),
            blankToNull(given.placeOfOrigin()));
    em.persist(person);
    person.moveTo(canton, given.residentSince());
    rolls.changed(canton, given.residentSince());
    audit.record(
        caller.username(),
        "register",
        "Person",
        id,
        AuditScope.of(canton, id),
        null,
        person.summary());
    return person.summary();
  }

  /**
   * R1 — a move on a day: into {@code canton}, or abroad when it is empty. The clerk must be of the
   * canton the person arrives in or leaves, and each canton writes only its own periods: a person
   * still living in another canton arrives only once that canton has recorded the departure, and an
   * overlap with another canton's period is refused without naming it. An arrival quotes the
   * person's date of birth: without it any clerk could claim anyone and read their birth date off
   * the date window's refusal.
   */
  public Person.Summary move(
      Caller caller,
      PersonId personId,
      Optional<CantonCode> canton,
      LocalDate on,
      Optional<LocalDate> born) {
    caller.require(Role.CLERK);
    CantonCode mine = caller.canton().orElseThrow();
    boolean arriving = canton.filter(mine::equals).isPresent();
    if (arriving && born.isEmpty()) {
      // Asked of every arrival, before the person is looked up, so that the question itself
      // tells nothing about who is registered.
      throw new Invalid("born", "is required for an arrival: the person's date of birth");
    }
    Person person = locked(personId);
    if (!arriving) {
      // Only a canton they lived in records a departure; checked before the date, whose
      // window names their birth and so would answer a stranger's guesses.
      requireLivedIn(person, mine);
    } else if (!person.resident().born().equals(born.get())) {
      // An arrival is identified by the date of birth on the person's papers. A canton that has
      // never registered them learns nothing from a wrong one (as for an unknown id); their own
      // register already shows it, so there the field is named.
      requireLivedIn(person, mine);
      throw new Invalid("born", "is not this person's date of birth in the register");
    }
    if (on == null) {
      throw new Invalid("date", "is required");
    }
    Violations window = new Violations();
    Plausible.residenceFrom(window, "date", on, person.resident().born(), calendar.today());
    window.throwIfAny();
    Optional<CantonCode> leaving =
        person
            .residenceOn(on.minusDays(1))
            .filter(r -> r.period().to().isEmpty())
            .map(r -> r.period().canton());
    boolean departing = leaving.filter(mine::equals).isPresent();
    if (!arriving && !departing) {
      throw FiscalHome.notFound(personId);
    }
    if (!departing && leaving.isPresent()) {
      throw new Conflict(
          "This person's residence in another canton is still open on "
              + on.minusDays(1)
              + ". The canton they live in records their departure first; then record the"
              + " arrival.");
    }
    canton.ifPresent(cantons::find);
    Person.Summary before = home.view(caller, person);
    try {
      if (canton.isPresent()) {
        person.moveTo(canton.get(), on);
      } else {
        person.moveOut(on);
      }
    } catch (Resident.OverlappingResidence overlap) {
      throw new Conflict(
          overlap.existing().canton().equals(mine)
              ? overlap.getMessage()
              : "The new residence would overlap a residence another canton has recorded;"
                  + " it must start after that one ends (R1).");
    } catch (IllegalArgumentException bad) {
      throw new Invalid("date", bad.getMessage());
    }
    // the canton left and the canton entered
    List<CantonCode> touched = new ArrayList<>();
    leaving.ifPresent(touched::add);
    canton.ifPresent(touched::add);
    rolls.changed(touched, on);
    Person.Summary after = home.view(caller, person);
    audit.record(
        caller.username(),
        canton.isPresent() ? "move-in" : "move-out",
        "Person",
        personId,
        new AuditScope(caller.canton(), Optional.of(personId)),
        before,
        after);
    return after;
  }

  /** Records a death, by a clerk of the canton the person lived in that day. */
  public Person.Summary death(Caller caller, PersonId personId, LocalDate on) {
    caller.require(Role.CLERK);
    Person person = locked(personId);
    CantonCode mine = caller.canton().orElseThrow();
    // before the date, whose window names their birth and so would answer a stranger's guesses
    requireLivedIn(person, mine);
    if (on == null) {
      throw new Invalid("date", "is required");
    }
    Violations window = new Violations();
    Plausible.death(window, "date", on, person.resident().born(), calendar.today());
    window.throwIfAny();
    if (person.residenceOn(on).filter(r -> r.period().canton().equals(mine)).isEmpty()) {
      throw new Invalid("date", "the person did not live in your canton on " + on);
    }
    Person.Summary before = home.view(caller, person);
    try {
      person.die(on);
    } catch (IllegalArgumentException bad) {
      throw new Invalid("date", bad.getMessage());
    }
    // DECEASED on the roll of every canton they ever lived in (R5)
    rolls.changed(
        person.residences().stream().map(r -> r.period().canton()).distinct().toList(), on);
    Person.Summary after = home.view(caller, person);
    audit.record(
        caller.username(),
        "death",
        "Person",
        personId,
        AuditScope.of(mine, personId),
        before,
        after);
    return after;
  }

  /**
   * Corrects the recorded nationality (which no roll reads: R3), by a clerk of the canton the
   * person lives in today.
   */
  public Person.Summary changeNationality(Caller caller, PersonId personId, String nationality) {
    caller.require(Role.CLERK);
    new Violations().text("nationality", nationality, Person.MAX_NATIONALITY).throwIfAny();
    Person person = locked(personId);
    if (!home.livesIn(personId, caller.canton().orElseThrow())) {
      throw FiscalHome.notFound(personId);
    }
    Person.Summary before = home.view(caller, person);
    person.changeNationality(blankToNull(nationality));
    Person.Summary after = home.view(caller, person);
    audit.record(
        caller.username(),
        "change-nationality",
        "Person",
        personId,
        new AuditScope(caller.canton(), Optional.of(personId)),
        before,
        after);
    return after;
  }

  /**
   * A person: in full for an admin or themselves; for a clerk of a canton they have lived in, what
   * that canton's periods reveal ({@link Person#summaryFor}); for anyone else, as if unknown.
   */
  public Person.Summary find(Caller caller, PersonId personId) {
    Person person = existing(personId);
    if (caller.role() == Role.ADMIN
        || caller.role() == Role.CITIZEN
            && caller.person().filter(personId.value()::equals).isPresent()) {
      return person.summary();
    }
    if (caller.role() != Role.CLERK) {
      throw FiscalHome.notFound(personId);
    }
    requireLivedIn(person, caller.canton().orElseThrow());
    return home.view(caller, person);
  }

  private static void requireLivedIn(Person person, CantonCode canton) {
    if (person.residences().stream().noneMatch(r -> r.period().canton().equals(canton))) {
      throw FiscalHome.notFound(person.id());
    }
  }

  private Person existing(PersonId personId) {
    Person person = em.find(Person.class, personId.value());
    if (person == null) {
      throw FiscalHome.notFound(personId);
    }
    return person;
  }

  private Person locked(PersonId personId) {
    Person person = existing(personId);
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(person);
    return person;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
