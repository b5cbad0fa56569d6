package org.confederatio.residence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.roll.Resident;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/**
 * The register's changes, each checked against the clerk's canton, refused whole on bad input or on
 * an overlap (R1), locked per person so that two moves cannot race, and audited.
 */
@Stateless
public class ResidenceRegister {

  static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,35}");

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private CantonRegistry cantons;
  @Inject private FiscalCalendar calendar;

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
    String id =
        given.id() == null || given.id().isBlank() ? "P-" + UUID.randomUUID() : given.id().strip();
    LocalDate today = calendar.today();
    v.check(PERSON_ID.matcher(id).matches(), "id", "is 1 to 36 letters, digits and '-'")
        .requiredText("name", given.name(), Person.MAX_NAME)
        .text("nationality", given.nationality(), Person.MAX_NATIONALITY)
        .text("placeOfOrigin", given.placeOfOrigin(), Person.MAX_PLACE_OF_ORIGIN)
        .check(given.born() != null, "born", "is required")
        .check(given.residentSince() != null, "residentSince", "is required");
    Plausible.birth(v, "born", given.born(), today);
    Plausible.residenceFrom(v, "residentSince", given.residentSince(), given.born(), today);
    v.throwIfAny();
    cantons.find(canton);
    if (em.find(Person.class, id) != null) {
      throw new Conflict("A person with the id " + id + " is already registered.");
    }
    Person person =
        new Person(
            id,
            given.name().strip(),
            given.born(),
            blankToNull(given.nationality()),
            blankToNull(given.placeOfOrigin()));
    em.persist(person);
    person.moveTo(canton, given.residentSince());
    audit.record(caller.username(), "register", "Person", id, null, person.summary());
    return person.summary();
  }

  /**
   * R1 — a move on a day: into {@code canton}, or abroad when it is empty. The clerk must be of the
   * canton the person arrives in or leaves.
   */
  public Person.Summary move(
      Caller caller, String personId, Optional<CantonCode> canton, LocalDate on) {
    caller.require(Role.CLERK);
    if (on == null) {
      throw new Invalid("date", "is required");
    }
    Person person = locked(personId);
    Violations window = new Violations();
    Plausible.residenceFrom(window, "date", on, person.resident().born(), calendar.today());
    window.throwIfAny();
    Optional<CantonCode> leaving =
        person.residenceOn(on.minusDays(1)).map(r -> r.period().canton());
    boolean arriving = canton.flatMap(c -> caller.canton().filter(c::equals)).isPresent();
    boolean departing = leaving.flatMap(c -> caller.canton().filter(c::equals)).isPresent();
    if (!arriving && !departing) {
      throw new AccessRefused(
          "You may record moves into or out of canton "
              + caller.canton().map(Object::toString).orElse("(none)")
              + " only.");
    }
    canton.ifPresent(cantons::find);
    Person.Summary before = person.summary();
    try {
      if (canton.isPresent()) {
        person.moveTo(canton.get(), on);
      } else {
        person.moveOut(on);
      }
    } catch (Resident.OverlappingResidence overlap) {
      throw new Conflict(overlap.getMessage());
    } catch (IllegalArgumentException bad) {
      throw new Invalid("date", bad.getMessage());
    }
    audit.record(
        caller.username(),
        canton.isPresent() ? "move-in" : "move-out",
        "Person",
        personId,
        before,
        person.summary());
    return person.summary();
  }

  /** Records a death, by a clerk of the canton the person lived in that day. */
  public Person.Summary death(Caller caller, String personId, LocalDate on) {
    caller.require(Role.CLERK);
    if (on == null) {
      throw new Invalid("date", "is required");
    }
    Person person = locked(personId);
    Violations window = new Violations();
    Plausible.death(window, "date", on, person.resident().born(), calendar.today());
    window.throwIfAny();
    CantonCode where =
        person
            .residenceOn(on)
            .map(r -> r.period().canton())
            .orElseThrow(() -> new Invalid("date", "the person lived in no canton on " + on));
    caller.requireCanton(where, Role.CLERK);
    Person.Summary before = person.summary();
    try {
      person.die(on);
    } catch (IllegalArgumentException bad) {
      throw new Invalid("date", bad.getMessage());
    }
    audit.record(caller.username(), "death", "Person", personId, before, person.summary());
    return person.summary();
  }

  /** Corrects the recorded nationality (which no roll reads: R3). */
  public Person.Summary changeNationality(Caller caller, String personId, String nationality) {
    new Violations().text("nationality", nationality, Person.MAX_NATIONALITY).throwIfAny();
    Person person = locked(personId);
    requireReader(caller, person, Role.CLERK);
    Person.Summary before = person.summary();
    person.changeNationality(blankToNull(nationality));
    audit.record(
        caller.username(), "change-nationality", "Person", personId, before, person.summary());
    return person.summary();
  }

  /** A person, for a clerk of a canton they have lived in, an admin, or themselves. */
  public Person.Summary find(Caller caller, String personId) {
    Person person = existing(personId);
    requireReader(caller, person, Role.CLERK, Role.ADMIN);
    return person.summary();
  }

  private void requireReader(Caller caller, Person person, Role... roles) {
    if (caller.role() == Role.CITIZEN && caller.person().filter(person.id()::equals).isPresent()) {
      return;
    }
    caller.require(roles);
    boolean livedThere =
        caller.role() == Role.ADMIN
            || person.residences().stream()
                .anyMatch(r -> caller.canton().filter(r.period().canton()::equals).isPresent());
    if (!livedThere) {
      throw new AccessRefused("This person has never lived in your canton.");
    }
  }

  private Person existing(String personId) {
    Person person = personId == null ? null : em.find(Person.class, personId);
    if (person == null) {
      throw new NotFound("person", personId);
    }
    return person;
  }

  private Person locked(String personId) {
    Person person = existing(personId);
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(person);
    return person;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
