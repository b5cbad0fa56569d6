package org.confederatio.web.roll;

import java.time.LocalDate;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.notation.Notation;

/** Reads a YYYY-MM-DD parameter, refusing anything else with the field's name. */
final class Dates {

  private Dates() {}

  static LocalDate parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new Invalid(field, "is required, as YYYY-MM-DD");
    }
    return Violations.parseOrRefuse(field, () -> Notation.date(value.strip()));
  }
}
