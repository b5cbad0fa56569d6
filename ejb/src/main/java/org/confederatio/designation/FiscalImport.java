package org.confederatio.designation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.importing.ImportProgress;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.rules.allocation.AllocationPolicy;
import org.confederatio.rules.allocation.Share;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.money.Money;
import org.confederatio.time.FiscalCalendar;

/**
 * Bulk import of a canton's assessments or designations for a fiscal year, in the CSV formats of
 * ALLOCATION.md. The whole file is checked first; every bad row is reported with its line, column
 * and the rule it breaks, and a file with any bad row imports nothing. A file whose content was
 * imported before is refused, saying when. Rows go to the database in JDBC batches, so that a file
 * of 100,000 rows imports in seconds.
 */
@Stateless
public class FiscalImport {

  /** Which of the two files. */
  public enum Kind {
    ASSESSMENTS("taxpayer,tax"),
    DESIGNATIONS("taxpayer,recipient,share_bp,made_on");

    public final String header;

    Kind(String header) {
      this.header = header;
    }
  }

  private static final int BATCH = 1_000;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private Designations designations;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  /** What an import did. */
  public record Result(
      long importId,
      Kind kind,
      String canton,
      int year,
      int rows,
      int added,
      int corrected,
      String sha256) {}

  private record Row(int line, String[] fields) {}

  public Result run(
      Caller caller,
      CantonCode canton,
      Kind kind,
      Integer year,
      String csv,
      ImportProgress progress) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    calendar.requireYearSoFar(year);
    String content = csv == null ? "" : csv;
    String sha256 = sha256(content);
    try (Connection c = dataSource.getConnection()) {
      refuseIfImported(c, canton, kind, sha256);
      List<Invalid.Violation> problems = new ArrayList<>();
      List<Row> rows = parse(content, kind, problems, progress);
      checkTaxpayers(c, rows, problems);
      Result result =
          kind == Kind.ASSESSMENTS
              ? assessments(c, caller, canton, year, rows, sha256, problems, progress)
              : designations(c, caller, canton, year, rows, sha256, problems, progress);
      String entityType = kind == Kind.ASSESSMENTS ? "Assessment" : "Designation";
      audit.record(
          caller.username(),
          "import",
          entityType,
          canton + "/" + year,
          AuditScope.of(canton),
          null,
          result);
      // one entry per taxpayer, so that a person's history shows the import; never the shares
      audit.recordAll(
          caller.username(),
          "import",
          entityType,
          rows.stream()
              .map(r -> r.fields()[0])
              .distinct()
              .map(
                  person ->
                      new AuditTrail.Change(
                          canton + "/" + year + "/" + person,
                          AuditScope.of(canton, person),
                          null,
                          Map.of("import", result.importId())))
              .toList());
      return result;
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) { // the same file, imported by someone else meanwhile
        throw new Conflict(
            "This file was imported by someone else a moment ago; nothing was imported now.");
      }
      throw new IllegalStateException("the import of " + kind + " for " + canton + " failed", e);
    }
  }

  private static void refuseIfImported(Connection c, CantonCode canton, Kind kind, String sha256)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, fiscal_year, rows_read, imported_at, imported_by"
                + " FROM fiscal_import WHERE canton_code = ? AND kind = ? AND sha256 = ?")) {
      s.setString(1, canton.value());
      s.setString(2, kind.name());
      s.setString(3, sha256);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          throw new Conflict(
              "This file was already imported on "
                  + r.getTimestamp(4).toInstant()
                  + " by "
                  + r.getString(5)
                  + " (import "
                  + r.getLong(1)
                  + ", fiscal year "
                  + r.getInt(2)
                  + ", "
                  + r.getInt(3)
                  + " rows); the same content is never imported twice.");
        }
      }
    }
  }

  private static List<Row> parse(
      String content, Kind kind, List<Invalid.Violation> problems, ImportProgress progress) {
    String[] lines = content.replace("\uFEFF", "").split("\r?\n");
    if (lines.length == 0 || !lines[0].strip().equals(kind.header)) {
      problems.add(new Invalid.Violation("line 1", "the header must be '" + kind.header + "'"));
      throw new Invalid(problems);
    }
    int columns = kind.header.split(",").length;
    progress.start(ImportProgress.Phase.CHECKING, lines.length - 1);
    List<Row> rows = new ArrayList<>(lines.length);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        String[] fields = lines[i].split(",", -1);
        if (fields.length != columns) {
          problems.add(
              at(
                  i + 1,
                  null,
                  "has "
                      + fields.length
                      + " columns; "
                      + columns
                      + " are expected ("
                      + kind.header
                      + ")"));
        } else {
          for (int f = 0; f < fields.length; f++) {
            fields[f] = fields[f].strip();
          }
          if (fields[0].isEmpty()) {
            problems.add(at(i + 1, "taxpayer", "is required: the person's id in the register"));
          } else {
            rows.add(new Row(i + 1, fields));
          }
        }
      }
      progress.step();
    }
    return rows;
  }

  /** Every taxpayer must be a person of the register; asked in chunks, not one query per row. */
  private static void checkTaxpayers(Connection c, List<Row> rows, List<Invalid.Violation> problems)
      throws SQLException {
    Map<String, Integer> firstLine = new LinkedHashMap<>();
    rows.forEach(r -> firstLine.putIfAbsent(r.fields()[0], r.line()));
    List<String> ids = new ArrayList<>(firstLine.keySet());
    Set<String> known = new HashSet<>();
    for (int from = 0; from < ids.size(); from += 500) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
      String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
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
    firstLine.forEach(
        (id, line) -> {
          if (!known.contains(id)) {
            problems.add(at(line, "taxpayer", "'" + id + "' is not a person of the register"));
          }
        });
  }

  private Result assessments(
      Connection c,
      Caller caller,
      CantonCode canton,
      int year,
      List<Row> rows,
      String sha256,
      List<Invalid.Violation> problems,
      ImportProgress progress)
      throws SQLException {
    Map<String, Long> taxes = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row row : rows) {
      String taxpayer = row.fields()[0];
      Integer earlier = lines.putIfAbsent(taxpayer, row.line());
      if (earlier != null) {
        problems.add(
            at(
                row.line(),
                "taxpayer",
                "'" + taxpayer + "' is assessed on line " + earlier + " already"));
        continue;
      }
      try {
        taxes.put(taxpayer, Money.parse(row.fields()[1]).cents());
      } catch (IllegalArgumentException e) {
        problems.add(at(row.line(), "tax", e.getMessage()));
      }
    }
    throwIfAny(problems);
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
    long importId = record(c, caller, canton, Kind.ASSESSMENTS, year, rows.size(), sha256);
    progress.start(ImportProgress.Phase.IMPORTING, taxes.size());
    Timestamp now = Timestamp.from(calendar.now());
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
        s.setString(3, caller.username());
        s.setString(4, canton.value());
        s.setInt(5, year);
        s.setString(6, e.getKey());
        s.addBatch();
        if (known) {
          corrected++;
        } else {
          added++;
        }
        progress.step();
        if ((added + corrected) % BATCH == 0) {
          insert.executeBatch();
          update.executeBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    return new Result(
        importId, Kind.ASSESSMENTS, canton.value(), year, rows.size(), added, corrected, sha256);
  }

  private Result designations(
      Connection c,
      Caller caller,
      CantonCode canton,
      int year,
      List<Row> rows,
      String sha256,
      List<Invalid.Violation> problems,
      ImportProgress progress)
      throws SQLException {
    AllocationPolicy policy = policies.allocationPolicy(canton, year);
    DesignationCheck check = new DesignationCheck(policy, designations::whyNotChoosable);
    LocalDate today = calendar.today();
    // rows of one taxpayer with the same made_on form one designation (ALLOCATION.md, D.csv)
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    Map<String, LocalDate> madeOn = new HashMap<>();
    for (Row row : rows) {
      String[] f = row.fields();
      LocalDate day;
      try {
        day = LocalDate.parse(f[3]);
      } catch (DateTimeParseException e) {
        problems.add(at(row.line(), "made_on", "must be a date as YYYY-MM-DD, not '" + f[3] + "'"));
        continue;
      }
      if (day.isAfter(today)) {
        problems.add(at(row.line(), "made_on", "is " + day + ", a day still to come"));
        continue;
      }
      String key = f[0] + "|" + day;
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
      madeOn.put(key, day);
    }
    List<Designation> accepted = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<Row>> group : groups.entrySet()) {
      List<Row> members = group.getValue();
      List<DesignationCheck.ShareInput> input = new ArrayList<>(members.size());
      boolean parsed = true;
      for (Row row : members) {
        Integer bp = null;
        try {
          bp = Integer.valueOf(row.fields()[2]);
        } catch (NumberFormatException e) {
          problems.add(
              at(
                  row.line(),
                  "share_bp",
                  "must be a whole number of basis points, not '" + row.fields()[2] + "'"));
          parsed = false;
        }
        input.add(new DesignationCheck.ShareInput(row.fields()[1], bp));
      }
      if (parsed) {
        LocalDate day = madeOn.get(group.getKey());
        check
            .check(input, day, csvFields(members), problems)
            .ifPresent(
                shares -> accepted.add(new Designation(members.get(0).fields()[0], day, shares)));
      }
    }
    throwIfAny(problems);
    long importId = record(c, caller, canton, Kind.DESIGNATIONS, year, rows.size(), sha256);
    progress.start(ImportProgress.Phase.IMPORTING, accepted.size());
    Timestamp now = Timestamp.from(calendar.now());
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO designation (canton_code, fiscal_year, person_id,"
                + " made_on, shares, recorded_at, recorded_by, channel, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?)")) {
      int n = 0;
      for (Designation d : accepted) {
        insert.setString(1, canton.value());
        insert.setInt(2, year);
        insert.setString(3, d.taxpayer());
        insert.setDate(4, Date.valueOf(d.madeOn()));
        insert.setString(5, Shares.format(d.shares()));
        insert.setTimestamp(6, now);
        insert.setString(7, caller.username());
        insert.setLong(8, importId);
        insert.addBatch();
        progress.step();
        if (++n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    return new Result(
        importId, Kind.DESIGNATIONS, canton.value(), year, rows.size(), accepted.size(), 0, sha256);
  }

  private record Designation(String taxpayer, LocalDate madeOn, List<Share> shares) {}

  private long record(
      Connection c, Caller caller, CantonCode canton, Kind kind, int year, int rows, String sha256)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO fiscal_import (canton_code, kind, fiscal_year, sha256,"
                + " rows_read, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, canton.value());
      s.setString(2, kind.name());
      s.setInt(3, year);
      s.setString(4, sha256);
      s.setInt(5, rows);
      s.setTimestamp(6, Timestamp.from(calendar.now()));
      s.setString(7, caller.username());
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** A designation's fields in the file: the rows it was read from, by line and column. */
  private static DesignationCheck.Fields csvFields(List<Row> rows) {
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

  private static void throwIfAny(List<Invalid.Violation> problems) {
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
  }

  private static Invalid.Violation at(int line, String column, String message) {
    return new Invalid.Violation(
        "line " + line + (column == null ? "" : ", column " + column), message);
  }

  static String sha256(String content) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
