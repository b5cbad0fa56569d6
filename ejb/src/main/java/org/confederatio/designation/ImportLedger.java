package org.confederatio.designation;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.confederatio.failure.Conflict;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * The files imported so far, by identity: a file is what its rows say for a canton, kind and fiscal
 * year, not its bytes ({@code CsvTable.identity}). The unique key of {@code fiscal_import} on
 * (canton, kind, identity) makes a second import of the same content fail in the database even when
 * two clerks send it at the same moment: the second waits for the first, then is refused.
 */
@Stateless
public class ImportLedger {

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  /** An import of the same content, as the refusal tells it. */
  public record Earlier(long id, int year, int rows, Instant at, String by) {
    public Conflict refusal() {
      return new Conflict(
          "These rows were already imported on "
              + at
              + " by "
              + by
              + " for fiscal year "
              + year
              + " (import "
              + id
              + ", "
              + rows
              + " rows); the same content is never imported twice for a year.");
    }
  }

  /** The earlier import of the same content, if any, seen from the import's own transaction. */
  public Optional<Earlier> earlier(
      Connection c, CantonCode canton, FiscalImport.Kind kind, String identity)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, fiscal_year, rows_read, imported_at, imported_by"
                + " FROM fiscal_import WHERE canton_code = ? AND kind = ? AND sha256 = ?")) {
      s.setString(1, canton.value());
      s.setString(2, kind.name());
      s.setString(3, identity);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(
                new Earlier(
                    r.getLong(1),
                    r.getInt(2),
                    r.getInt(3),
                    r.getTimestamp(4).toInstant(),
                    r.getString(5)))
            : Optional.empty();
      }
    }
  }

  /**
   * The same, in a transaction of its own: after a duplicate key the import's transaction may no
   * longer be used (PostgreSQL aborts it), and the import that won is committed by then.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Earlier> committed(CantonCode canton, FiscalImport.Kind kind, String identity) {
    try (Connection c = dataSource.getConnection()) {
      return earlier(c, canton, kind, identity);
    } catch (SQLException e) {
      throw new IllegalStateException("the imports of " + canton + " cannot be read", e);
    }
  }

  /**
   * Records the import before its rows are written, so that a second import of the same content
   * waits on the unique key until this one commits (then fails) or rolls back (then proceeds).
   */
  public long claim(
      Connection c,
      String by,
      Instant at,
      CantonCode canton,
      FiscalImport.Kind kind,
      int year,
      int rows,
      String identity)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO fiscal_import (canton_code, kind, fiscal_year, sha256,"
                + " rows_read, imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, canton.value());
      s.setString(2, kind.name());
      s.setInt(3, year);
      s.setString(4, identity);
      s.setInt(5, rows);
      s.setTimestamp(6, Timestamp.from(at));
      s.setString(7, by);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
