package org.confederatio.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.rules.canton.CantonCode;

/**
 * Path and query parameters every resource parses the same way, refusing a malformed one by name.
 */
public final class Params {

  private Params() {}

  public static CantonCode canton(String value) {
    return Violations.parseOrRefuse("canton", () -> CantonCode.of(value));
  }

  public static int year(String field, Integer value) {
    if (value == null || value < 1900 || value > 9999) {
      throw new Invalid(field, "is a four-digit fiscal year");
    }
    return value;
  }

  /** The year given, or {@code current} when the parameter is absent. */
  public static int yearOr(String field, Integer value, int current) {
    return value == null ? current : year(field, value);
  }

  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Invalid(field, "must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }
}
