package org.confederatio.designation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.importing.ImportProgress;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Money;

/** The rows of an assessments file ({@code taxpayer,tax}): checked, then written in batches. */
final class AssessmentRows {

  private static final int BATCH = 5_000;

  private final Map<String, Long> taxes = new LinkedHashMap<>();

  /** Every row's tax, strictly (at most two decimals, never negative); each taxpayer once. */
  AssessmentRows(List<CsvTable.Row> rows, List<Invalid.Violation> problems) {
    Map<String, Integer> lines = new HashMap<>();
    for (CsvTable.Row row : rows) {
      String taxpayer = row.get(0);
      Integer earlier = lines.putIfAbsent(taxpayer, row.line());
      if (earlier != null) {
        problems.add(
            CsvTable.at(
                row.line(),
                "taxpayer",
                "'" + taxpayer + "' is assessed on line " + earlier + " already"));
        continue;
      }
      try {
        taxes.put(taxpayer, Money.parse(row.get(1)).cents());
      } catch (IllegalArgumentException e) {
        problems.add(CsvTable.at(row.line(), "tax", e.getMessage()));
      }
    }
  }

  /** Inserts new assessments and corrects existing ones; returns {added, corrected}. */
  int[] write(
      Connection c, CantonCode canton, int year, String by, Instant at, ImportProgress progress)
      throws SQLException {
    Set<String> existing = existing(c, canton, year);
    progress.start(ImportProgress.Phase.IMPORTING, taxes.size());
    Timestamp now = Timestamp.from(at);
    int added = 0;
    int corrected = 0;
    try (PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO assessment (tax_cents, recorded_at, recorded_by,"
                    + " canton_code, fiscal_year, person_id) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE assessment SET tax_cents = ?, recorded_at = ?,"
                    + " recorded_by = ? WHERE canton_code = ? AND fiscal_year = ? AND person_id = ?")) {
      for (Map.Entry<String, Long> e : taxes.entrySet()) {
        boolean known = existing.contains(e.getKey());
        PreparedStatement s = known ? update : insert;
        s.setLong(1, e.getValue());
        s.setTimestamp(2, now);
        s.setString(3, by);
        s.setString(4, canton.value());
        s.setInt(5, year);
        s.setString(6, e.getKey());
        s.addBatch();
        if (known) {
          corrected++;
        } else {
          added++;
        }
        if ((added + corrected) % BATCH == 0) {
          insert.executeBatch();
          update.executeBatch();
          steps(progress, BATCH); // after the batch, so that a row counted done is in the database
        }
      }
      insert.executeBatch();
      update.executeBatch();
      steps(progress, (added + corrected) % BATCH);
    }
    return new int[] {added, corrected};
  }

  private static void steps(ImportProgress progress, int rows) {
    for (int i = 0; i < rows; i++) {
      progress.step();
    }
  }

  private static Set<String> existing(Connection c, CantonCode canton, int year)
      throws SQLException {
    Set<String> existing = new HashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT person_id FROM assessment WHERE canton_code = ? AND fiscal_year = ?")) {
      s.setString(1, canton.value());
      s.setInt(2, year);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          existing.add(r.getString(1));
        }
      }
    }
    return existing;
  }
}
