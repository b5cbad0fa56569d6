package org.confederatio.rules.api.roll;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;

/** R2, R5 — one person's outcome on a canton's roll for a reference date. */
public final class Eligibility {

  private Eligibility() {}

  /**
   * The outcome for a person who has lived in the canton on or before the date; empty for anyone
   * else (the roll does not consider them).
   */
  public static Optional<RollEntry> consider(
      Resident person, CantonCode canton, LocalDate day, RollPolicy policy) {
    boolean everHere =
        person.periods().stream()
            .anyMatch(p -> p.canton().equals(canton) && !p.from().isAfter(day));
    if (!everHere) {
      return Optional.empty();
    }
    return Optional.of(outcome(person, canton, day, policy));
  }

  private static RollEntry outcome(
      Resident person, CantonCode canton, LocalDate day, RollPolicy policy) {
    if (person.died().isPresent() && !person.died().get().isAfter(day)) {
      return new RollEntry(person.id(), Reason.DECEASED, person.died().get());
    }
    Optional<ResidencePeriod> current = person.periodOn(day).filter(p -> p.canton().equals(canton));
    if (current.isEmpty()) {
      return new RollEntry(person.id(), Reason.NOT_RESIDENT, leftOn(person, canton, day));
    }
    LocalDate ofAge = reachesAge(person.born(), policy.votingAge());
    LocalDate longEnough =
        stretchStart(person, current.get()).plusMonths(policy.minResidenceMonths());
    LocalDate eligibleOn = ofAge.isAfter(longEnough) ? ofAge : longEnough;
    if (ofAge.isAfter(day)) {
      return new RollEntry(person.id(), Reason.UNDER_AGE, eligibleOn);
    }
    if (longEnough.isAfter(day)) {
      return new RollEntry(person.id(), Reason.RESIDENCE_TOO_SHORT, eligibleOn);
    }
    return new RollEntry(person.id(), Reason.ELIGIBLE, eligibleOn);
  }

  /**
   * R2 — the day a person reaches an age: the birthday, that many years on. One born on 29 February
   * reaches it on 1 March in a common year.
   */
  public static LocalDate reachesAge(LocalDate born, int years) {
    LocalDate birthday = born.plusYears(years);
    boolean leapBirthday = born.getMonth() == Month.FEBRUARY && born.getDayOfMonth() == 29;
    return leapBirthday && birthday.getDayOfMonth() == 28 ? birthday.plusDays(1) : birthday;
  }

  /** R2 — consecutive periods in the same canton with no day between them count as one stretch. */
  static LocalDate stretchStart(Resident person, ResidencePeriod current) {
    LocalDate start = current.from();
    boolean extended = true;
    while (extended) {
      extended = false;
      LocalDate dayBefore = start.minusDays(1);
      for (ResidencePeriod p : person.periods()) {
        if (p.canton().equals(current.canton()) && p.to().map(dayBefore::equals).orElse(false)) {
          start = p.from();
          extended = true;
        }
      }
    }
    return start;
  }

  /** The day after the person's last residence in the canton that ended before the date. */
  private static LocalDate leftOn(Resident person, CantonCode canton, LocalDate day) {
    return person.periods().stream()
        .filter(p -> p.canton().equals(canton) && p.to().isPresent() && p.to().get().isBefore(day))
        .map(p -> p.to().get().plusDays(1))
        .max(LocalDate::compareTo)
        .orElseThrow();
  }
}
