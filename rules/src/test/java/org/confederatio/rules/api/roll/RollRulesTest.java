package org.confederatio.rules.api.roll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.confederatio.rules.api.canton.CantonCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One example per rule of ROLL.md, named by its id. */
class RollRulesTest {

  static final CantonCode LAC = CantonCode.of("LAC");
  static final CantonCode MON = CantonCode.of("MON");
  static final RollPolicy POLICY = new RollPolicy("LAC from 2026", 18, 3);
  static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  static Resident person(String born, ResidencePeriod... periods) {
    return new Resident("p", LocalDate.parse(born), Optional.empty(), List.of(periods));
  }

  static ResidencePeriod since(CantonCode canton, String from) {
    return ResidencePeriod.open(canton, LocalDate.parse(from));
  }

  static ResidencePeriod between(CantonCode canton, String from, String to) {
    return ResidencePeriod.closed(canton, LocalDate.parse(from), LocalDate.parse(to));
  }

  static RollEntry entry(Resident person) {
    return Eligibility.consider(person, LAC, DAY, POLICY).orElseThrow();
  }

  @Test
  @DisplayName("R1 — an overlapping period is refused, naming the period it overlaps")
  void r1Overlap() {
    Resident resident = person("1990-01-01", since(LAC, "2020-01-01"));

    var error =
        assertThrows(
            Resident.OverlappingResidence.class, () -> resident.with(since(MON, "2025-01-01")));

    assertEquals(
        "The residence MON from 2025-01-01 (current) overlaps the recorded residence LAC from 2020-01-01"
            + " (current); record the move out of it first, or start the new residence after it ends.",
        error.getMessage());
  }

  @Test
  @DisplayName("R1 — a move closes the current period the day before the new one starts")
  void r1Move() {
    Resident moved =
        person("1990-01-01", between(LAC, "2020-01-01", "2024-12-31"))
            .with(since(MON, "2025-01-01"));

    assertEquals(MON, moved.periodOn(LocalDate.of(2025, 1, 1)).orElseThrow().canton());
    assertEquals(LAC, moved.periodOn(LocalDate.of(2024, 12, 31)).orElseThrow().canton());
  }

  @Test
  @DisplayName("R2 — an adult resident long enough is eligible")
  void r2Eligible() {
    RollEntry entry = entry(person("1990-05-05", since(LAC, "2020-01-01")));

    assertEquals(Reason.ELIGIBLE, entry.reason());
    assertEquals(LocalDate.of(2020, 4, 1), entry.date());
  }

  @Test
  @DisplayName("R2 — one who turns 18 on the reference date is 18 on it")
  void r2BirthdayOnTheDate() {
    assertEquals(Reason.ELIGIBLE, entry(person("2008-11-24", since(LAC, "2008-11-24"))).reason());
    RollEntry dayBefore = entry(person("2008-11-25", since(LAC, "2008-11-25")));
    assertEquals(Reason.UNDER_AGE, dayBefore.reason());
    assertEquals(LocalDate.of(2026, 11, 25), dayBefore.date());
  }

  @Test
  @DisplayName("R2 — a 29 February birthday is reached on 1 March in common years")
  void r2LeapDay() {
    assertEquals(LocalDate.of(2026, 3, 1), Eligibility.reachesAge(LocalDate.of(2008, 2, 29), 18));
    assertEquals(LocalDate.of(2028, 2, 29), Eligibility.reachesAge(LocalDate.of(2008, 2, 29), 20));
    RollPolicy onLeapDay = new RollPolicy("x", 18, 0);
    Resident leapling = person("2008-02-29", since(LAC, "2008-02-29"));
    assertEquals(
        Reason.UNDER_AGE,
        Eligibility.consider(leapling, LAC, LocalDate.of(2026, 2, 28), onLeapDay)
            .orElseThrow()
            .reason());
    assertEquals(
        Reason.ELIGIBLE,
        Eligibility.consider(leapling, LAC, LocalDate.of(2026, 3, 1), onLeapDay)
            .orElseThrow()
            .reason());
  }

  @Test
  @DisplayName(
      "R2 — residence shorter than the minimum: the entry says when it will be long enough")
  void r2TooShort() {
    RollEntry entry = entry(person("1990-01-01", since(LAC, "2026-09-24")));

    assertEquals(Reason.RESIDENCE_TOO_SHORT, entry.reason());
    assertEquals(LocalDate.of(2026, 12, 24), entry.date());
  }

  @Test
  @DisplayName("R2 — a move within the canton does not reset the clock")
  void r2MoveWithinTheCanton() {
    RollEntry entry =
        entry(
            person(
                "1990-01-01", between(LAC, "2026-01-01", "2026-10-31"), since(LAC, "2026-11-01")));

    assertEquals(Reason.ELIGIBLE, entry.reason());
  }

  @Test
  @DisplayName("R2 — a move away and back starts the clock again")
  void r2AwayAndBack() {
    RollEntry entry =
        entry(
            person(
                "1990-01-01",
                between(LAC, "2010-01-01", "2026-06-30"),
                between(MON, "2026-07-01", "2026-09-30"),
                since(LAC, "2026-10-01")));

    assertEquals(Reason.RESIDENCE_TOO_SHORT, entry.reason());
    assertEquals(LocalDate.of(2027, 1, 1), entry.date());
  }

  @Test
  @DisplayName("R2 — a gap of one day between periods in the same canton breaks the stretch")
  void r2OneDayGap() {
    RollEntry entry =
        entry(
            person(
                "1990-01-01", between(LAC, "2010-01-01", "2026-10-30"), since(LAC, "2026-11-01")));

    assertEquals(Reason.RESIDENCE_TOO_SHORT, entry.reason());
  }

  @Test
  @DisplayName("R2, R5 — under age and too short: the later of the two dates")
  void r2BothShort() {
    RollEntry entry = entry(person("2008-12-01", since(LAC, "2026-11-01")));

    assertEquals(Reason.UNDER_AGE, entry.reason());
    assertEquals(LocalDate.of(2027, 2, 1), entry.date());
  }

  @Test
  @DisplayName(
      "R3 — an emigrant is on no roll of the canton they left, and on the new one's once eligible")
  void r3Emigrant() {
    Resident emigrant =
        person("1960-01-01", between(LAC, "1960-01-01", "2025-12-31"), since(MON, "2026-01-01"));

    RollEntry here = entry(emigrant);
    assertEquals(Reason.NOT_RESIDENT, here.reason());
    assertEquals(LocalDate.of(2026, 1, 1), here.date());
    assertEquals(
        Reason.ELIGIBLE, Eligibility.consider(emigrant, MON, DAY, POLICY).orElseThrow().reason());
  }

  @Test
  @DisplayName("R4 — because periods never overlap, nobody is on two rolls on a day")
  void r4OneRoll() {
    Resident mover =
        person("1960-01-01", between(LAC, "1960-01-01", "2026-11-23"), since(MON, "2026-11-24"));
    RollPolicy none = new RollPolicy("x", 18, 0);

    long rolls =
        Stream.of(LAC, MON)
            .filter(
                c -> Eligibility.consider(mover, c, DAY, none).map(RollEntry::onRoll).orElse(false))
            .count();

    assertEquals(1, rolls);
  }

  @Test
  @DisplayName("R5 — the deceased are considered, with the day of death")
  void r5Deceased() {
    Resident dead =
        new Resident(
            "d",
            LocalDate.parse("1930-01-01"),
            Optional.of(LocalDate.parse("2026-05-01")),
            List.of(since(LAC, "1930-01-01")));

    RollEntry entry = entry(dead);

    assertEquals(Reason.DECEASED, entry.reason());
    assertEquals(LocalDate.of(2026, 5, 1), entry.date());
  }

  @Test
  @DisplayName("R5 — someone who never lived in the canton by the date is not considered")
  void r5NotConsidered() {
    assertTrue(
        Eligibility.consider(person("1990-01-01", since(MON, "2000-01-01")), LAC, DAY, POLICY)
            .isEmpty());
    assertTrue(
        Eligibility.consider(person("1990-01-01", since(LAC, "2027-01-01")), LAC, DAY, POLICY)
            .isEmpty());
  }

  @Test
  @DisplayName("R6 — the diff of two rolls lists who was added and who removed, with reasons")
  void r6Diff() {
    Resident stays =
        new Resident(
            "stays",
            LocalDate.parse("1980-01-01"),
            Optional.empty(),
            List.of(since(LAC, "2000-01-01")));
    Resident leaves =
        new Resident(
            "leaves",
            LocalDate.parse("1980-01-01"),
            Optional.empty(),
            List.of(between(LAC, "2000-01-01", "2026-06-30"), since(MON, "2026-07-01")));
    Resident arrives =
        new Resident(
            "arrives",
            LocalDate.parse("1980-01-01"),
            Optional.empty(),
            List.of(since(LAC, "2026-01-01")));
    Roll spring =
        Roll.compute(LAC, LocalDate.of(2026, 3, 1), POLICY, Stream.of(stays, leaves, arrives));
    Roll autumn =
        Roll.compute(LAC, LocalDate.of(2026, 10, 1), POLICY, Stream.of(stays, leaves, arrives));

    Roll.Diff diff = Roll.diff(spring, autumn);

    assertEquals(List.of("arrives"), diff.added().stream().map(Roll.Change::personId).toList());
    assertEquals(Reason.RESIDENCE_TOO_SHORT, diff.added().get(0).before().reason());
    assertEquals(List.of("leaves"), diff.removed().stream().map(Roll.Change::personId).toList());
    assertEquals(Reason.NOT_RESIDENT, diff.removed().get(0).after().reason());
  }

  @Test
  @DisplayName(
      "R7 — the policy in force decides: with a 12-month minimum the same person is too short")
  void r7PolicyMatters() {
    Resident resident = person("1990-01-01", since(LAC, "2026-03-01"));

    assertEquals(Reason.ELIGIBLE, entry(resident).reason());
    assertEquals(
        Reason.RESIDENCE_TOO_SHORT,
        Eligibility.consider(resident, LAC, DAY, new RollPolicy("LAC from 2027", 18, 12))
            .orElseThrow()
            .reason());
  }
}
