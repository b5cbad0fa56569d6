package org.confederatio.designation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.residence.FiscalHome;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.notation.Notation;

/**
 * Which rows of a fiscal file name a taxpayer the import may write for: a person whose fiscal year
 * belongs to the importing canton ({@link FiscalHome}). A row for anyone else, unknown or of
 * another canton, is the same located error, which reveals nothing about them.
 */
final class KnownTaxpayers {

  private KnownTaxpayers() {}

  /** The rows whose taxpayer is the canton's for the year; the others are problems. */
  static List<CsvTable.Row> of(
      FiscalHome home,
      CantonCode canton,
      int year,
      List<CsvTable.Row> rows,
      List<Invalid.Violation> problems) {
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    List<CsvTable.Row> wellFormed = new ArrayList<>(rows.size());
    for (CsvTable.Row row : rows) {
      String id = row.get(0);
      if (id.isEmpty()) {
        problems.add(CsvTable.at(row.line(), "taxpayer", "is required: the person's id"));
      } else if (id.length() > 36) {
        problems.add(CsvTable.at(row.line(), "taxpayer", notOurs(Notation.cut(id), canton, year)));
      } else {
        firstLine.putIfAbsent(id, row.line());
        wellFormed.add(row);
      }
    }
    // an id that cannot be a person's is no one's, so it is among the ids not ours
    Set<String> ours = new HashSet<>();
    home.belongingOf(
            canton,
            FiscalYear.of(year),
            firstLine.keySet().stream().flatMap(KnownTaxpayers::personId).toList())
        .forEach(p -> ours.add(p.value()));
    firstLine.forEach(
        (id, line) -> {
          if (!ours.contains(id)) {
            problems.add(CsvTable.at(line, "taxpayer", notOurs(id, canton, year)));
          }
        });
    return wellFormed.stream().filter(r -> ours.contains(r.get(0))).toList();
  }

  private static String notOurs(String id, CantonCode canton, int year) {
    return "'"
        + id
        + "' is not a taxpayer of "
        + canton
        + " for "
        + year
        + ": the register has no such person living in "
        + canton
        + " at the end of the year";
  }

  private static Stream<PersonId> personId(String id) {
    try {
      return Stream.of(PersonId.of(id));
    } catch (IllegalArgumentException e) {
      return Stream.empty();
    }
  }
}
