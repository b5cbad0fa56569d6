package org.confederatio.web.roll;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.confederatio.failure.Invalid;

/** Reads a YYYY-MM-DD parameter, refusing anything else with the field's name. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new Invalid(field, "is required, as YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Invalid(field, "must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }
}
