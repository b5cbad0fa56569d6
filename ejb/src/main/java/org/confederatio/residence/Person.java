package org.confederatio.residence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.rules.api.roll.Resident;

/**
 * A person in the register. Nationality and place of origin may be recorded, but {@link
 * #resident()} — the only view the roll gets — leaves them out (R3).
 */
@Entity
@Table(name = "person")
public class Person {

  /** The sizes of the columns that keep these texts (migration V2); longer is refused. */
  public static final int MAX_NAME = 200;

  public static final int MAX_NATIONALITY = 64;
  public static final int MAX_PLACE_OF_ORIGIN = 200;

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private LocalDate born;

  private LocalDate died;

  private String nationality;

  @Column(name = "place_of_origin")
  private String placeOfOrigin;

  @OneToMany(mappedBy = "person", cascade = CascadeType.PERSIST, orphanRemoval = false)
  @OrderBy("startsOn")
  private List<Residence> residences = new ArrayList<>();

  protected Person() {}

  Person(String id, String name, LocalDate born, String nationality, String placeOfOrigin) {
    this.id = id;
    this.name = name;
    this.born = born;
    this.nationality = nationality;
    this.placeOfOrigin = placeOfOrigin;
  }

  public String id() {
    return id;
  }

  public PersonId personId() {
    return PersonId.of(id);
  }

  public Optional<LocalDate> died() {
    return Optional.ofNullable(died);
  }

  public List<Residence> residences() {
    return List.copyOf(residences);
  }

  /** R3 — what eligibility may see of this person: dates and residences, nothing else. */
  public Resident resident() {
    return new Resident(id, born, died(), residences.stream().map(Residence::period).toList());
  }

  /** The period covering a day, if any. */
  public Optional<Residence> residenceOn(LocalDate day) {
    return residences.stream().filter(r -> r.period().covers(day)).findFirst();
  }

  /**
   * R1 — moves into a canton on a day: the period covering the day before is closed then, and a new
   * period starts. Refused, naming the conflicting period, if the new period would overlap another.
   */
  Residence moveTo(CantonCode canton, LocalDate on) {
    Optional<Residence> current =
        residenceOn(on.minusDays(1)).filter(r -> r.period().to().isEmpty());
    ResidencePeriod added = ResidencePeriod.open(canton, on);
    Resident without = current.map(r -> residentClosing(r, on.minusDays(1))).orElse(resident());
    without.with(added); // throws OverlappingResidence with the conflict
    current.ifPresent(r -> r.closeOn(on.minusDays(1)));
    Residence residence = new Residence(this, canton, on);
    residences.add(residence);
    return residence;
  }

  /**
   * A person as the register holds them, read with plain JDBC by the register import (which writes
   * with JDBC batches too, not through this entity): the periods as stored, already checked (R1).
   */
  static Person stored(
      String id,
      String name,
      LocalDate born,
      LocalDate died,
      String nationality,
      String placeOfOrigin,
      List<ResidencePeriod> periods) {
    Person person = new Person(id, name, born, nationality, placeOfOrigin);
    person.died = died;
    for (ResidencePeriod period : periods) {
      Residence residence = new Residence(person, period.canton(), period.from());
      period.to().ifPresent(residence::closeOn);
      person.residences.add(residence);
    }
    return person;
  }

  /** Adds a period as imported; the caller has checked it against the others (R1). */
  void addPeriod(ResidencePeriod period) {
    resident().with(period);
    Residence residence = new Residence(this, period.canton(), period.from());
    period.to().ifPresent(residence::closeOn);
    residences.add(residence);
  }

  /**
   * Leaves the canton of the current period on a day: the last day of residence is the day before.
   */
  Residence moveOut(LocalDate on) {
    Residence current =
        residenceOn(on.minusDays(1))
            .filter(r -> r.period().to().isEmpty())
            .orElseThrow(
                () ->
                    new IllegalArgumentException("has no current residence on " + on.minusDays(1)));
    current.closeOn(on.minusDays(1));
    return current;
  }

  /** Records a death; a residence still open ends on that day. */
  void die(LocalDate on) {
    if (died != null) {
      throw new IllegalArgumentException("a death on " + died + " is already recorded");
    }
    if (on.isBefore(born)) {
      throw new IllegalArgumentException(
          "the date of death " + on + " is before the birth " + born);
    }
    residences.stream()
        .filter(r -> r.period().covers(on) && r.period().to().isEmpty())
        .findFirst()
        .ifPresent(r -> r.closeOn(on));
    died = on;
  }

  void changeNationality(String nationality) {
    this.nationality = nationality;
  }

  private Resident residentClosing(Residence closing, LocalDate lastDay) {
    List<ResidencePeriod> periods = new ArrayList<>();
    for (Residence r : residences) {
      periods.add(
          r == closing
              ? ResidencePeriod.closed(r.period().canton(), r.period().from(), lastDay)
              : r.period());
    }
    return new Resident(id, born, died(), periods);
  }

  public Summary summary() {
    return new Summary(
        id,
        name,
        born,
        died,
        nationality,
        placeOfOrigin,
        residences.stream().map(Residence::summary).toList());
  }

  /**
   * A person as a clerk of {@code canton} sees them: a recorded residence period reveals nothing
   * dated outside it. Only the periods in that canton, a death only if it happened during one of
   * them, and the nationality and place of origin only while the person lives there ({@code
   * resident}).
   */
  public Summary summaryFor(CantonCode canton, boolean resident) {
    List<Residence> here =
        residences.stream().filter(r -> r.period().canton().equals(canton)).toList();
    boolean diedHere = died != null && here.stream().anyMatch(r -> r.period().covers(died));
    return new Summary(
        id,
        name,
        born,
        diedHere ? died : null,
        resident ? nationality : null,
        resident ? placeOfOrigin : null,
        here.stream().map(Residence::summary).toList());
  }

  /** A person as the register shows them to a clerk of a canton they lived in, or to themselves. */
  public record Summary(
      String id,
      String name,
      LocalDate born,
      LocalDate died,
      String nationality,
      String placeOfOrigin,
      List<Residence.Summary> residences)
      implements Serializable {}
}
