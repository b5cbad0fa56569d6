package org.confederatio.web.api;

import java.time.LocalDate;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.notation.Notation;

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

  /** An optional date as YYYY-MM-DD; an impossible day ({@code 2026-02-30}) is refused. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Violations.parseOrRefuse(field, () -> Notation.date(value.strip()));
  }
}
