package org.confederatio.residence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.files.CsvTable;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.time.Plausible;

/** One row of a register file, checked on its own: formats, lengths and date windows. */
record RegisterRow(
    int line,
    String id,
    String name,
    LocalDate born,
    ResidencePeriod period,
    LocalDate died,
    String nationality,
    String origin) {

  private static final String[] COLUMNS = RegisterImport.HEADER.split(",");

  Person newPerson() {
    return new Person(id, name, born, nationality, origin);
  }

  /** The row if every field is right, else nothing and one problem per wrong field. */
  static Optional<RegisterRow> of(
      CantonCode canton, CsvTable.Row row, LocalDate today, List<Invalid.Violation> problems) {
    Violations v = new Violations();
    String id = row.get(0);
    v.parse(COLUMNS[0], () -> PersonId.of(id));
    v.requiredText(COLUMNS[1], row.get(1), Person.MAX_NAME);
    LocalDate born = date(v, row, 2, true);
    LocalDate from = date(v, row, 3, true);
    LocalDate to = date(v, row, 4, false);
    LocalDate died = date(v, row, 5, false);
    v.text(COLUMNS[6], row.get(6), Person.MAX_NATIONALITY);
    v.text(COLUMNS[7], row.get(7), Person.MAX_PLACE_OF_ORIGIN);
    Plausible.birth(v, COLUMNS[2], born, today);
    Plausible.residenceFrom(v, COLUMNS[3], from, born, today);
    Plausible.residenceTo(v, COLUMNS[4], to, from, today);
    Plausible.death(v, COLUMNS[5], died, born, today);
    v.check(
        died == null || from == null || !died.isBefore(from),
        COLUMNS[5],
        "is before resident_from");
    // a canton records a death only if it happened while the person lived there
    v.check(
        died == null || to == null || !died.isAfter(to),
        COLUMNS[5],
        "is after resident_to: only a death during the residence in this canton is recorded here");
    if (v.any()) {
      v.list().forEach(p -> problems.add(CsvTable.at(row.line(), p.field(), p.message())));
      return Optional.empty();
    }
    return Optional.of(
        new RegisterRow(
            row.line(),
            id,
            row.get(1),
            born,
            new ResidencePeriod(canton, from, Optional.ofNullable(RegisterImport.endOf(to, died))),
            died,
            blankToNull(row.get(6)),
            blankToNull(row.get(7))));
  }

  private static LocalDate date(Violations v, CsvTable.Row row, int column, boolean required) {
    String value = row.get(column);
    if (value.isEmpty()) {
      v.check(!required, COLUMNS[column], "is required, as YYYY-MM-DD");
      return null;
    }
    return v.parse(COLUMNS[column], () -> Notation.date(value));
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
