package org.confederatio.designation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.ConcurrentWrite;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.importing.ImportProgress;
import org.confederatio.organization.Accreditations;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.FiscalHome;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.schema.Statistics;
import org.confederatio.time.FiscalCalendar;

/**
 * Bulk import of a canton's assessments or designations for a fiscal year, in the CSV formats of
 * ALLOCATION.md. The whole file is checked first; every bad row is reported with its line, column
 * and the rule it breaks, and a file with any bad row imports nothing. A file is identified by what
 * it says, not its bytes ({@link CsvTable#identity}): the same rows for the same canton, kind and
 * year are refused the second time, saying when they were imported ({@link ImportLedger}). Rows go
 * to the database in JDBC batches, so that a file of 100,000 rows imports in seconds.
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

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private Accreditations accreditations;
  @Inject private ImportLedger ledger;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;

  /** What an import did; {@code sha256} is the identity of its content. */
  public record Result(
      long importId,
      Kind kind,
      String canton,
      int year,
      int rows,
      int added,
      int corrected,
      String sha256) {}

  /** Imports a file for a fiscal year; {@code fiscalYear} is null when none was given. */
  public Result run(
      Caller caller,
      CantonCode canton,
      Kind kind,
      FiscalYear fiscalYear,
      String csv,
      ImportProgress progress) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    int year = calendar.requireYearSoFar(fiscalYear).value();
    List<Invalid.Violation> problems = new ArrayList<>();
    CsvTable table = CsvTable.read(csv, kind.header, problems).requireRows(problems);
    String identity = table.identity(kind + " " + year);
    try (Connection c = dataSource.getConnection()) {
      var earlier = ledger.earlier(c, canton, kind, identity);
      if (earlier.isPresent()) {
        throw earlier.get().refusal();
      }
      Instant now = calendar.now();
      long id = claim(c, caller, canton, kind, year, table, identity, now);
      progress.start(ImportProgress.Phase.CHECKING, table.rows().size());
      List<CsvTable.Row> rows = KnownTaxpayers.of(home, canton, year, table.rows(), problems);
      Result result =
          kind == Kind.ASSESSMENTS
              ? assessments(c, caller, canton, year, rows, id, identity, problems, progress, now)
              : designations(c, caller, canton, year, rows, id, identity, problems, progress, now);
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
              .map(r -> r.get(0))
              .distinct()
              .map(
                  person ->
                      new AuditTrail.Change(
                          canton + "/" + year + "/" + person,
                          AuditScope.of(canton, PersonId.of(person)),
                          null,
                          Map.of("import", result.importId())))
              .toList());
      return result;
    } catch (SQLException e) {
      if (ConcurrentWrite.is(e)) {
        throw new Conflict(
            "Another import of canton "
                + canton
                + " was writing the same rows at the same moment; nothing was imported. Import"
                + " the file again.");
      }
      throw new IllegalStateException("the import of " + kind + " for " + canton + " failed", e);
    }
  }

  /** The import's record; a duplicate key means the same content won a moment ago: 409. */
  private long claim(
      Connection c,
      Caller caller,
      CantonCode canton,
      Kind kind,
      int year,
      CsvTable table,
      String identity,
      Instant now)
      throws SQLException {
    try {
      return ledger.claim(
          c, caller.username(), now, canton, kind, year, table.rows().size(), identity);
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
      throw ledger
          .committed(canton, kind, identity)
          .map(ImportLedger.Earlier::refusal)
          .orElseGet(() -> new Conflict("These rows were imported by someone else a moment ago."));
    }
  }

  private Result assessments(
      Connection c,
      Caller caller,
      CantonCode canton,
      int year,
      List<CsvTable.Row> rows,
      long id,
      String identity,
      List<Invalid.Violation> problems,
      ImportProgress progress,
      Instant now)
      throws SQLException {
    AssessmentRows checked = new AssessmentRows(rows, problems);
    steps(progress, rows.size());
    throwIfAny(problems);
    int[] written = checked.write(c, canton, year, caller.username(), now, progress);
    Statistics.refreshAfter(c, rows.size(), "assessment");
    return new Result(
        id, Kind.ASSESSMENTS, canton.value(), year, rows.size(), written[0], written[1], identity);
  }

  private Result designations(
      Connection c,
      Caller caller,
      CantonCode canton,
      int year,
      List<CsvTable.Row> rows,
      long id,
      String identity,
      List<Invalid.Violation> problems,
      ImportProgress progress,
      Instant now)
      throws SQLException {
    DesignationCheck check =
        new DesignationCheck(
            policies.allocationPolicy(canton, FiscalYear.of(year)), accreditations);
    DesignationRows checked = new DesignationRows(rows, year, calendar.today(), check, problems);
    steps(progress, rows.size());
    throwIfAny(problems);
    checked.write(c, canton, year, id, caller.username(), now, progress);
    Statistics.refreshAfter(c, checked.size(), "designation");
    return new Result(
        id, Kind.DESIGNATIONS, canton.value(), year, rows.size(), checked.size(), 0, identity);
  }

  private static void steps(ImportProgress progress, int rows) {
    for (int i = 0; i < rows; i++) {
      progress.step();
    }
  }

  private static void throwIfAny(List<Invalid.Violation> problems) {
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
  }
}
