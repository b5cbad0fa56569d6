package org.confederatio.designation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.rules.notation.Notation;

/** Which rows of a fiscal file name a taxpayer the import may write for. */
final class KnownTaxpayers {

  private KnownTaxpayers() {}

  /**
   * The rows whose taxpayer is a person of the register; the others are problems. Asked in chunks,
   * not one query per row. Person scope (issue 13, item 1) adds here the check that the clerk may
   * import for this person in this year; a row for anyone else is then the same located error,
   * which reveals nothing about them.
   */
  static List<CsvTable.Row> of(
      Connection c, List<CsvTable.Row> rows, List<Invalid.Violation> problems) throws SQLException {
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    List<CsvTable.Row> wellFormed = new ArrayList<>(rows.size());
    for (CsvTable.Row row : rows) {
      String id = row.get(0);
      if (id.isEmpty()) {
        problems.add(CsvTable.at(row.line(), "taxpayer", "is required: the person's id"));
      } else if (id.length() > 36) {
        problems.add(
            CsvTable.at(
                row.line(),
                "taxpayer",
                "'" + Notation.cut(id) + "' is not a person of the register"));
      } else {
        firstLine.putIfAbsent(id, row.line());
        wellFormed.add(row);
      }
    }
    Set<String> known = known(c, new ArrayList<>(firstLine.keySet()));
    firstLine.forEach(
        (id, line) -> {
          if (!known.contains(id)) {
            problems.add(
                CsvTable.at(line, "taxpayer", "'" + id + "' is not a person of the register"));
          }
        });
    return wellFormed.stream().filter(r -> known.contains(r.get(0))).toList();
  }

  private static Set<String> known(Connection c, List<String> ids) throws SQLException {
    Set<String> known = new HashSet<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
      try (PreparedStatement s =
          c.prepareStatement("SELECT id FROM person WHERE id IN (" + marks + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          s.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            known.add(r.getString(1));
          }
        }
      }
    }
    return known;
  }
}
