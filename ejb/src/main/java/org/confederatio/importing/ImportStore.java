package org.confederatio.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The import jobs' rows ({@code import_job}, V16). Each write is a transaction of its own, beside
 * the import's: the progress is seen while the import's own transaction is still open, and stays
 * when a crash rolls that transaction back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportStore {

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  /** A job as the database has it. */
  public record Job(
      String id,
      String startedBy,
      String kind,
      ImportProgress.Phase phase,
      int total,
      int done,
      Instant startedAt,
      Instant updatedAt) {

    ImportProgress progress() {
      return new ImportProgress(id, startedBy, phase, total, done);
    }

    /**
     * The job as another instance sees it: a running job whose server has not renewed it for {@link
     * ImportJobs#LEASE} has died with that server (its rows were rolled back with it).
     */
    Job seenAt(Instant now) {
      boolean running =
          phase == ImportProgress.Phase.CHECKING || phase == ImportProgress.Phase.IMPORTING;
      return running && updatedAt.plus(ImportJobs.LEASE).isBefore(now)
          ? new Job(
              id,
              startedBy,
              kind,
              ImportProgress.Phase.INTERRUPTED,
              total,
              done,
              startedAt,
              updatedAt)
          : this;
    }
  }

  public void insert(ImportProgress progress, String kind, String server) {
    Timestamp now = Timestamp.from(Instant.now());
    write(
        "INSERT INTO import_job (id, started_by, kind, phase, rows_total, rows_done, server_name,"
            + " started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, progress.id());
          s.setString(2, progress.owner());
          s.setString(3, kind);
          s.setString(4, progress.phase().name());
          s.setInt(5, progress.total());
          s.setInt(6, progress.done());
          s.setString(7, server);
          s.setTimestamp(8, now);
          s.setTimestamp(9, now);
        });
  }

  /** The job's phase and rows; an interrupted job stays interrupted. */
  public void update(ImportProgress progress) {
    write(
        "UPDATE import_job SET phase = ?, rows_total = ?, rows_done = ?, updated_at = ?"
            + " WHERE id = ? AND phase <> 'INTERRUPTED'",
        s -> {
          s.setString(1, progress.phase().name());
          s.setInt(2, progress.total());
          s.setInt(3, progress.done());
          s.setTimestamp(4, Timestamp.from(Instant.now()));
          s.setString(5, progress.id());
        });
  }

  /** Renews the lease of the jobs this server is running (ImportJobs, every half lease). */
  public int renew(String server) {
    return write(
        "UPDATE import_job SET updated_at = ?"
            + " WHERE server_name = ? AND phase IN ('CHECKING', 'IMPORTING')",
        s -> {
          s.setTimestamp(1, Timestamp.from(Instant.now()));
          s.setString(2, server);
        });
  }

  /**
   * Marks as interrupted the jobs this server was running when it ended: called once at start,
   * before any import of this start can run. Their rows were rolled back with the crash.
   */
  public int interruptRunning(String server) {
    return write(
        "UPDATE import_job SET phase = 'INTERRUPTED', updated_at = ?"
            + " WHERE server_name = ? AND phase IN ('CHECKING', 'IMPORTING')",
        s -> {
          s.setTimestamp(1, Timestamp.from(Instant.now()));
          s.setString(2, server);
        });
  }

  public Optional<Job> find(String id) {
    List<Job> jobs = read("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", id, 1);
    return jobs.stream().findFirst().map(job -> job.seenAt(Instant.now()));
  }

  /** The latest {@code limit} jobs someone started, newest first. */
  public List<Job> startedBy(String username, int limit) {
    return read(
            "SELECT "
                + COLUMNS
                + " FROM import_job WHERE started_by = ? ORDER BY started_at DESC, id DESC",
            username,
            limit)
        .stream()
        .map(job -> job.seenAt(Instant.now()))
        .toList();
  }

  private static final String COLUMNS =
      "id, started_by, kind, phase, rows_total, rows_done, started_at, updated_at";

  private List<Job> read(String sql, String parameter, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setMaxRows(limit);
      s.setString(1, parameter);
      List<Job> jobs = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          jobs.add(
              new Job(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  ImportProgress.Phase.valueOf(r.getString(4)),
                  r.getInt(5),
                  r.getInt(6),
                  r.getTimestamp(7).toInstant(),
                  r.getTimestamp(8).toInstant()));
        }
      }
      return jobs;
    } catch (SQLException e) {
      throw new IllegalStateException("the import jobs cannot be read", e);
    }
  }

  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  private int write(String sql, Parameters parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      parameters.set(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the import jobs cannot be written", e);
    }
  }
}
