package org.confederatio.time;

import java.time.LocalDate;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * The windows in which a date or a fiscal year given to the confederation must lie, so that a typo
 * such as 0001-01-01 or 2099 is refused instead of recorded. Each is stated in {@code
 * docs/inputs.md}; the services check every date they take through one of these, whether it comes
 * from the API, a page or a file. A null date is left to the caller's "is required".
 */
public final class Plausible {

  /** No date the confederation records is earlier: its registers start in the 20th century. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** How many years ahead a justification may hold, or a roll be asked for. */
  public static final int HORIZON_YEARS = 10;

  private Plausible() {}

  /** A date of birth: not before 1900, not after today. */
  public static void birth(Violations v, String field, LocalDate born, LocalDate today) {
    between(v, field, born, EARLIEST, "1900-01-01", today, "today (" + today + ")");
  }

  /** The first day of a residence period, or of a move: not before birth, not after today. */
  public static void residenceFrom(
      Violations v, String field, LocalDate from, LocalDate born, LocalDate today) {
    between(
        v,
        field,
        from,
        born == null ? EARLIEST : born,
        born == null ? "1900-01-01" : "the date of birth (" + born + ")",
        today,
        "today (" + today + "): the register records moves that have happened");
  }

  /** The last day of a residence period: not before its first day, not after today. */
  public static void residenceTo(
      Violations v, String field, LocalDate to, LocalDate from, LocalDate today) {
    between(
        v,
        field,
        to,
        from == null ? EARLIEST : from,
        from == null ? "1900-01-01" : "the first day of the residence (" + from + ")",
        today,
        "today (" + today + ")");
  }

  /** A date of death: not before birth, not after today. */
  public static void death(
      Violations v, String field, LocalDate died, LocalDate born, LocalDate today) {
    between(
        v,
        field,
        died,
        born == null ? EARLIEST : born,
        born == null ? "1900-01-01" : "the date of birth (" + born + ")",
        today,
        "today (" + today + ")");
  }

  /**
   * The day a designation was made: from 1 January of its fiscal year to the day it is recorded.
   * One made after the canton's deadline is in the window: it is recorded and counts as late (A2).
   */
  public static void madeOn(
      Violations v, String field, LocalDate madeOn, FiscalYear year, LocalDate today) {
    between(
        v,
        field,
        madeOn,
        LocalDate.of(year.value(), 1, 1),
        "1 January " + year + ", when designations for " + year + " open",
        today,
        "today (" + today + "), the day it is recorded");
  }

  /** The day a canton adopted a decision: not before 1900, not after today. */
  public static void adopted(Violations v, String field, LocalDate adopted, LocalDate today) {
    between(
        v,
        field,
        adopted,
        EARLIEST,
        "1900-01-01",
        today,
        "today (" + today + "): record a decision once it is adopted");
  }

  /** The last day a justification holds: after today, at most {@value #HORIZON_YEARS} years on. */
  public static void justifiedUntil(Violations v, String field, LocalDate until, LocalDate today) {
    between(
        v,
        field,
        until,
        today.plusDays(1),
        "tomorrow (" + today.plusDays(1) + "): a justification holds for days to come",
        today.plusYears(HORIZON_YEARS),
        today.plusYears(HORIZON_YEARS) + ": justify again when it expires");
  }

  /** The reference date of an election: from 1900 to a year after today. */
  public static void referenceDate(Violations v, String field, LocalDate date, LocalDate today) {
    between(
        v,
        field,
        date,
        EARLIEST,
        "1900-01-01",
        today.plusYears(1),
        today.plusYears(1) + ", a year from today");
  }

  /** A day asked about (a roll's date): any day from 1900 to the horizon. */
  public static void asked(Violations v, String field, LocalDate date, LocalDate today) {
    between(
        v,
        field,
        date,
        EARLIEST,
        "1900-01-01",
        today.plusYears(HORIZON_YEARS),
        today.plusYears(HORIZON_YEARS) + ", " + HORIZON_YEARS + " years from today");
  }

  /**
   * A fiscal year, as a policy, an accreditation or a membership names it, refused with the message
   * of {@link FiscalYear}, the one place its range is checked; a null year is left to the caller.
   * How far ahead a canton decides is its own choice, so there is no upper bound but the format's;
   * what must lie ahead or have begun is the service's rule (a new policy version is for a future
   * year, an import for a year that has begun).
   *
   * @return the year, or null when it is absent or refused
   */
  public static FiscalYear year(Violations v, String field, Integer year) {
    return year == null ? null : v.parse(field, () -> FiscalYear.of(year));
  }

  private static void between(
      Violations v,
      String field,
      LocalDate date,
      LocalDate first,
      String firstWhat,
      LocalDate last,
      String lastWhat) {
    if (date == null) {
      return;
    }
    v.check(!date.isBefore(first), field, "is " + date + ", before " + firstWhat)
        .check(!date.isAfter(last), field, "is " + date + ", after " + lastWhat);
  }
}
