package org.confederatio.web.api;

import java.time.LocalDate;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.notation.Notation;

/**
 * Path and query parameters every resource parses the same way, refusing a malformed one by name.
 */
public final class Params {

  private Params() {}

  public static CantonCode canton(String value) {
    return Violations.parseOrRefuse("canton", () -> CantonCode.of(value));
  }

  /**
   * A required year as a number, refused by name when absent or outside {@link FiscalYear}'s range.
   */
  public static int year(String field, Integer value) {
    if (value == null) {
      throw new Invalid(field, "is required: a fiscal year");
    }
    return fiscalYear(field, value).value();
  }

  /** A year a JSON body or a form holds; null stays null, for the service's "is required". */
  public static FiscalYear fiscalYear(String field, Integer value) {
    return value == null ? null : Violations.parseOrRefuse(field, () -> FiscalYear.of(value));
  }

  /** The year given, or {@code current} when the parameter is absent. */
  public static int yearOr(String field, Integer value, int current) {
    return value == null ? current : year(field, value);
  }

  /** An optional date as YYYY-MM-DD; an impossible day ({@code 2026-02-30}) is refused. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Violations.parseOrRefuse(field, () -> Notation.date(value.strip()));
  }
}
