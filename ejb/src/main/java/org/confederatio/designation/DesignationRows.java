package org.confederatio.designation;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Violations;
import org.confederatio.files.CsvTable;
import org.confederatio.importing.ImportProgress;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.time.Plausible;

/**
 * The rows of a designations file ({@code taxpayer,recipient,share_bp,made_on}): rows of one
 * taxpayer with the same {@code made_on} form one designation (ALLOCATION.md, D.csv), checked with
 * A2 as the record of what the taxpayer made, then written in batches.
 */
final class DesignationRows {

  private static final int BATCH = 5_000;

  private record Designation(String taxpayer, LocalDate madeOn, List<Share> shares) {}

  private final List<Designation> accepted = new ArrayList<>();

  DesignationRows(
      List<CsvTable.Row> rows,
      int year,
      LocalDate today,
      DesignationCheck check,
      List<Invalid.Violation> problems) {
    Map<String, List<CsvTable.Row>> groups = new LinkedHashMap<>();
    Map<String, LocalDate> days = new LinkedHashMap<>();
    for (CsvTable.Row row : rows) {
      Violations v = new Violations();
      LocalDate day = v.parse("made_on", () -> Notation.date(row.get(3)));
      Plausible.madeOn(v, "made_on", day, FiscalYear.of(year), today);
      if (v.any()) {
        v.list().forEach(p -> problems.add(CsvTable.at(row.line(), p.field(), p.message())));
        continue;
      }
      String key = row.get(0) + "|" + day;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      days.put(key, day);
    }
    groups.forEach((key, members) -> group(members, days.get(key), check, problems));
  }

  private void group(
      List<CsvTable.Row> members,
      LocalDate day,
      DesignationCheck check,
      List<Invalid.Violation> problems) {
    List<DesignationCheck.ShareInput> input = new ArrayList<>(members.size());
    boolean parsed = true;
    for (CsvTable.Row row : members) {
      Integer bp = null;
      try {
        bp = Notation.integer(row.get(2), Integer.MIN_VALUE, Integer.MAX_VALUE);
      } catch (IllegalArgumentException e) {
        problems.add(CsvTable.at(row.line(), "share_bp", e.getMessage() + " (basis points)"));
        parsed = false;
      }
      input.add(new DesignationCheck.ShareInput(row.get(1), bp));
    }
    if (parsed) {
      check
          .checkRecord(input, day, fields(members), problems)
          .ifPresent(shares -> accepted.add(new Designation(members.get(0).get(0), day, shares)));
    }
  }

  int size() {
    return accepted.size();
  }

  void write(
      Connection c,
      CantonCode canton,
      int year,
      long importId,
      String by,
      Instant at,
      ImportProgress progress)
      throws SQLException {
    progress.start(ImportProgress.Phase.IMPORTING, accepted.size());
    Timestamp now = Timestamp.from(at);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO designation (canton_code, fiscal_year, person_id, made_on, shares,"
                + " recorded_at, recorded_by, channel, import_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?)")) {
      int n = 0;
      for (Designation d : accepted) {
        insert.setString(1, canton.value());
        insert.setInt(2, year);
        insert.setString(3, d.taxpayer());
        insert.setDate(4, Date.valueOf(d.madeOn()));
        insert.setString(5, Shares.format(d.shares()));
        insert.setTimestamp(6, now);
        insert.setString(7, by);
        insert.setLong(8, importId);
        insert.addBatch();
        if (++n % BATCH == 0) {
          insert.executeBatch();
          steps(progress, BATCH); // after the batch, so that a row counted done is in the database
        }
      }
      insert.executeBatch();
      steps(progress, n % BATCH);
    }
  }

  private static void steps(ImportProgress progress, int rows) {
    for (int i = 0; i < rows; i++) {
      progress.step();
    }
  }

  /** A designation's fields in the file: the rows it was read from, by line and column. */
  private static DesignationCheck.Fields fields(List<CsvTable.Row> rows) {
    int first = rows.get(0).line();
    return new DesignationCheck.Fields() {
      public String shares() {
        return "line "
            + first
            + (rows.size() > 1 ? "-" + rows.get(rows.size() - 1).line() : "")
            + ", column share_bp";
      }

      public String recipient(int i) {
        return "line " + rows.get(i).line() + ", column recipient";
      }

      public String basisPoints(int i) {
        return "line " + rows.get(i).line() + ", column share_bp";
      }

      public String madeOn() {
        return "line " + first + ", column made_on";
      }
    };
  }
}
