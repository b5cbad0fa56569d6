package org.confederatio.allocation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.Line;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.Tally;
import org.confederatio.rules.api.allocation.UndesignatedReason;
import org.confederatio.rules.api.money.Fraction;
import org.confederatio.rules.api.money.Money;

/**
 * The rows of a run: its running tally, its undesignated taxpayers and, once computed, its lines.
 * Plain JDBC in the caller's transaction: a chunk's additions commit with its checkpoint or not at
 * all, which is what keeps a restarted job from counting anyone twice.
 */
@ApplicationScoped
public class RunLedger {

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  /** One undesignated taxpayer of a chunk, with their assessed tax (0 when not assessed). */
  public record Undesignated(String person, UndesignatedReason reason, long taxCents) {}

  /** How many taxpayers a reason concerns, and their assessed tax. */
  public record ReasonCount(long taxpayers, long taxCents) {}

  /**
   * A line as stored and shown: amounts in currency units, the explanation to six decimals (A10).
   */
  public record LineView(
      String recipient,
      String amount,
      long choosers,
      String expressed,
      String undesignatedShare,
      String renounced,
      String capAdjustment,
      String minimumPayoutAdjustment,
      String exact,
      String roundingAdjustment) {}

  void open(long run) {
    update(
        "INSERT INTO allocation_tally_total (run_id, taxpayers, total_tax_cents) VALUES (?, 0, 0)",
        run);
  }

  /**
   * Adds a chunk's tally and its undesignated taxpayers to the run: an upsert per recipient and
   * reason the chunk saw, and the undesignated in JDBC batches.
   */
  void add(long run, Tally tally, List<Undesignated> undesignated) {
    try (Connection c = dataSource.getConnection()) {
      if (!tally.recipients().isEmpty()) {
        try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE allocation_tally SET tax_times_bp = tax_times_bp + ?,"
                        + " basis_points = basis_points + ?, choosers = choosers + ?"
                        + " WHERE run_id = ? AND recipient = ?");
            PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO allocation_tally (tax_times_bp, basis_points,"
                        + " choosers, run_id, recipient) VALUES (?, ?, ?, ?, ?)")) {
          for (Map.Entry<Recipient, Tally.PerRecipient> e : tally.recipients().entrySet()) {
            Tally.PerRecipient p = e.getValue();
            upsert(
                update,
                insert,
                s -> {
                  s.setBigDecimal(1, new BigDecimal(p.taxTimesBasisPoints()));
                  s.setLong(2, p.basisPoints());
                  s.setLong(3, p.choosers());
                  s.setLong(4, run);
                  s.setString(5, e.getKey().id());
                });
          }
        }
      }
      if (!tally.undesignated().isEmpty()) {
        Map<UndesignatedReason, Long> taxByReason = new EnumMap<>(UndesignatedReason.class);
        undesignated.forEach(u -> taxByReason.merge(u.reason(), u.taxCents(), Long::sum));
        try (PreparedStatement update =
                c.prepareStatement(
                    "UPDATE allocation_reason_count SET taxpayers = taxpayers + ?,"
                        + " tax_cents = tax_cents + ? WHERE run_id = ? AND reason = ?");
            PreparedStatement insert =
                c.prepareStatement(
                    "INSERT INTO allocation_reason_count (taxpayers, tax_cents, run_id, reason)"
                        + " VALUES (?, ?, ?, ?)")) {
          for (Map.Entry<UndesignatedReason, Long> e : tally.undesignated().entrySet()) {
            upsert(
                update,
                insert,
                s -> {
                  s.setLong(1, e.getValue());
                  s.setLong(2, taxByReason.getOrDefault(e.getKey(), 0L));
                  s.setLong(3, run);
                  s.setString(4, e.getKey().name());
                });
          }
        }
      }
      insertUndesignated(c, run, undesignated);
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE allocation_tally_total SET taxpayers = taxpayers + ?,"
                  + " total_tax_cents = total_tax_cents + ? WHERE run_id = ?")) {
        s.setLong(1, tally.taxpayers());
        s.setLong(2, tally.totalTaxCents());
        s.setLong(3, run);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE allocation_run SET taxpayers_done = taxpayers_done + ? WHERE id = ?")) {
        s.setLong(1, tally.taxpayers());
        s.setLong(2, run);
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("adding a chunk to allocation run " + run + " failed", e);
    }
  }

  private interface Parameters {
    void set(PreparedStatement s) throws SQLException;
  }

  /** Adds to a row, or inserts it when the run has none yet (same parameters for both). */
  private static void upsert(PreparedStatement update, PreparedStatement insert, Parameters p)
      throws SQLException {
    p.set(update);
    if (update.executeUpdate() == 0) {
      p.set(insert);
      insert.executeUpdate();
    }
  }

  /**
   * A chunk's undesignated taxpayers as one row (V18): a line {@code person_id REASON} each, in the
   * order counted (id order). One row where there were thousands of indexed ones.
   */
  private static void insertUndesignated(Connection c, long run, List<Undesignated> undesignated)
      throws SQLException {
    if (undesignated.isEmpty()) {
      return;
    }
    StringBuilder entries = new StringBuilder(undesignated.size() * 24);
    for (Undesignated u : undesignated) {
      entries.append(u.person()).append(' ').append(u.reason().name()).append('\n');
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO allocation_undesignated_chunk (run_id, first_person, taxpayers, entries)"
                + " VALUES (?, ?, ?, ?)")) {
      s.setLong(1, run);
      s.setString(2, undesignated.get(0).person());
      s.setInt(3, undesignated.size());
      s.setCharacterStream(4, new java.io.StringReader(entries.toString()), entries.length());
      s.executeUpdate();
    }
  }

  /**
   * A10 — every undesignated taxpayer of the run with the reason, in id order: the rows of runs
   * counted before V18 (one per taxpayer), then the chunks' (one per chunk; a run has one kind or
   * the other).
   */
  public void undesignated(long run, BiConsumer<String, UndesignatedReason> sink) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT person_id, reason FROM allocation_undesignated WHERE run_id = ?"
                  + " ORDER BY person_id")) {
        s.setLong(1, run);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            sink.accept(r.getString(1), UndesignatedReason.valueOf(r.getString(2)));
          }
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT entries FROM allocation_undesignated_chunk WHERE run_id = ?"
                  + " ORDER BY first_person")) {
        s.setLong(1, run);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            String entries = r.getString(1);
            for (int start = 0, end; start < entries.length(); start = end + 1) {
              end = entries.indexOf('\n', start);
              int space = entries.indexOf(' ', start);
              sink.accept(
                  entries.substring(start, space),
                  UndesignatedReason.valueOf(entries.substring(space + 1, end)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the undesignated taxpayers of allocation run " + run + " failed", e);
    }
  }

  /**
   * The run's own checkpoint: the id of the last taxpayer counted ("" before the first chunk) and
   * how many chunks were counted. It is written with each chunk's tally, in the chunk's
   * transaction, so it always matches the tally; the batch container's checkpoint does not (it
   * commits on a data source of its own, see docs/architecture.md).
   */
  record Checkpoint(String lastCounted, long chunks) {}

  Checkpoint checkpoint(long run) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT checkpoint_id, chunks_done FROM allocation_run WHERE id = ?")) {
      s.setLong(1, run);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("no allocation run " + run);
        }
        String last = r.getString(1);
        return new Checkpoint(last == null ? "" : last, r.getLong(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the checkpoint of allocation run " + run + " failed", e);
    }
  }

  /** Thrown when a job may not count a chunk because another job of the run went on instead. */
  static final class Superseded extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Superseded(String message) {
      super(message);
    }
  }

  /**
   * Counts a chunk: moves the run's checkpoint from {@code before} to the chunk's last taxpayer,
   * renews the lease of {@code execution} and adds the chunk's tally, all in the caller's (the
   * chunk's) transaction. The checkpoint moves first and only if the run is still at {@code before}
   * and still worked on by {@code execution}: that row lock serializes two jobs of one run (a
   * take-over while the first was only slow), and the one that lost fails before it added anything.
   */
  void addChunk(
      long run,
      long execution,
      Checkpoint before,
      String lastCounted,
      long leaseUntil,
      Tally tally,
      List<Undesignated> undesignated) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET checkpoint_id = ?, chunks_done = chunks_done + 1,"
                    + " lease_until = ? WHERE id = ? AND execution_id = ? AND chunks_done = ?"
                    + " AND state = 'RUNNING'")) {
      s.setString(1, lastCounted);
      s.setLong(2, leaseUntil);
      s.setLong(3, run);
      s.setLong(4, execution);
      s.setLong(5, before.chunks());
      if (s.executeUpdate() == 0) {
        throw new Superseded(
            "allocation run "
                + run
                + ": job execution "
                + execution
                + " no longer works on it (another execution took it over or counted chunk "
                + (before.chunks() + 1)
                + ")");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "moving the checkpoint of allocation run " + run + " failed", e);
    }
    add(run, tally, undesignated);
  }

  /**
   * The last step begins: locks the run's row for the rest of the caller's transaction. False if
   * the run is computed already (a second execution after a crash, or one that waited for the lock
   * while another computed it), which then must do nothing.
   */
  boolean claimCompletion(long run) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET chunks_done = chunks_done WHERE id = ? AND state = 'RUNNING'")) {
      s.setLong(1, run);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("claiming allocation run " + run + " failed", e);
    }
  }

  /** A job execution begins to work on the run here: it holds the lease from now on. */
  void lease(long run, long execution, String owner, long until) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET execution_id = ?, lease_owner = ?, lease_until = ?"
                    + " WHERE id = ? AND state = 'RUNNING'")) {
      s.setLong(1, execution);
      s.setString(2, owner);
      s.setLong(3, until);
      s.setLong(4, run);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("leasing allocation run " + run + " failed", e);
    }
  }

  /** Renews the lease of a job still working in this JVM; false if another took it over. */
  boolean renew(long run, long execution, long until) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET lease_until = ? WHERE id = ? AND execution_id = ?"
                    + " AND lease_until IS NOT NULL AND state = 'RUNNING'")) {
      s.setLong(1, until);
      s.setLong(2, run);
      s.setLong(3, execution);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("renewing the lease of allocation run " + run + " failed", e);
    }
  }

  /**
   * The job ended (done, stopped or failed) on a live server: nobody needs to take it over. A
   * stopped or failed run waits for its clerk.
   */
  void release(long run, long execution) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET lease_owner = NULL, lease_until = NULL"
                    + " WHERE id = ? AND execution_id = ?")) {
      s.setLong(1, run);
      s.setLong(2, execution);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("releasing allocation run " + run + " failed", e);
    }
  }

  /** A run whose lease lapsed: who held it, until when, with which job execution. */
  record Lapsed(long run, String owner, long until, long execution) {}

  /** The running runs whose lease lapsed before {@code now}, oldest lease first. */
  List<Lapsed> lapsed(long now) {
    List<Lapsed> lapsed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, lease_owner, lease_until, execution_id FROM allocation_run"
                    + " WHERE state = 'RUNNING' AND lease_until < ? ORDER BY lease_until")) {
      s.setLong(1, now);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          lapsed.add(new Lapsed(r.getLong(1), r.getString(2), r.getLong(3), r.getLong(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("looking for lapsed allocation run leases failed", e);
    }
    return lapsed;
  }

  /**
   * Takes a lapsed lease over in one conditional UPDATE: of several instances that saw it lapse,
   * the first to update wins and the others update nothing.
   */
  boolean takeOver(Lapsed lapsed, String owner, long until) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE allocation_run SET lease_owner = ?, lease_until = ? WHERE id = ?"
                    + " AND state = 'RUNNING' AND lease_until = ? AND execution_id = ?")) {
      s.setString(1, owner);
      s.setLong(2, until);
      s.setLong(3, lapsed.run());
      s.setLong(4, lapsed.until());
      s.setLong(5, lapsed.execution());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("taking over allocation run " + lapsed.run() + " failed", e);
    }
  }

  /** Everything the chunks added so far. */
  Tally tally(long run) {
    try (Connection c = dataSource.getConnection()) {
      long taxpayers = 0;
      long tax = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT taxpayers, total_tax_cents FROM allocation_tally_total WHERE run_id = ?")) {
        s.setLong(1, run);
        try (ResultSet r = s.executeQuery()) {
          if (r.next()) {
            taxpayers = r.getLong(1);
            tax = r.getLong(2);
          }
        }
      }
      Map<Recipient, Tally.PerRecipient> recipients = new TreeMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT recipient, tax_times_bp, basis_points, choosers FROM allocation_tally WHERE run_id = ?")) {
        s.setLong(1, run);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            recipients.put(
                Recipient.of(r.getString(1)),
                new Tally.PerRecipient(
                    r.getBigDecimal(2).toBigIntegerExact(), r.getLong(3), r.getLong(4)));
          }
        }
      }
      return new Tally(taxpayers, tax, recipients, reasons(c, run));
    } catch (SQLException e) {
      throw new IllegalStateException("reading the tally of allocation run " + run + " failed", e);
    }
  }

  /** Each reason with its taxpayers and their tax. */
  Map<UndesignatedReason, ReasonCount> reasons(long run) {
    Map<UndesignatedReason, ReasonCount> reasons = new EnumMap<>(UndesignatedReason.class);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT reason, taxpayers, tax_cents FROM allocation_reason_count WHERE run_id = ?")) {
      s.setLong(1, run);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reasons.put(
              UndesignatedReason.valueOf(r.getString(1)),
              new ReasonCount(r.getLong(2), r.getLong(3)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading allocation run " + run + " failed", e);
    }
    return reasons;
  }

  private static Map<UndesignatedReason, Long> reasons(Connection c, long run) throws SQLException {
    Map<UndesignatedReason, Long> reasons = new EnumMap<>(UndesignatedReason.class);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT reason, taxpayers FROM allocation_reason_count WHERE run_id = ?")) {
      s.setLong(1, run);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          reasons.put(UndesignatedReason.valueOf(r.getString(1)), r.getLong(2));
        }
      }
    }
    return reasons;
  }

  void writeLines(long run, Allocation allocation) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO allocation_line (run_id, recipient, amount_cents, choosers, expressed, undesignated_share,"
                    + " renounced, cap_adjustment, minimum_payout_adjustment, exact_amount, rounding_adjustment)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Line line : allocation.lines()) {
        s.setLong(1, run);
        s.setString(2, line.recipient().id());
        s.setLong(3, line.amount().cents());
        s.setLong(4, line.choosers());
        s.setString(5, units(line.expressed()));
        s.setString(6, units(line.undesignatedShare()));
        s.setString(7, units(line.renounced()));
        s.setString(8, units(line.capAdjustment()));
        s.setString(9, units(line.minimumPayoutAdjustment()));
        s.setString(10, units(line.exact()));
        s.setString(11, units(line.roundingAdjustment()));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("writing the lines of allocation run " + run + " failed", e);
    }
  }

  /** The lines of a computed run, in recipient order. */
  public List<LineView> lines(long run) {
    List<LineView> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT recipient, amount_cents, choosers, expressed, undesignated_share, renounced, cap_adjustment,"
                    + " minimum_payout_adjustment, exact_amount, rounding_adjustment FROM allocation_line WHERE run_id = ?"
                    + " ORDER BY recipient")) {
      s.setLong(1, run);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          lines.add(
              new LineView(
                  r.getString(1),
                  Money.ofCents(r.getLong(2)).toString(),
                  r.getLong(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8),
                  r.getString(9),
                  r.getString(10)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the lines of allocation run " + run + " failed", e);
    }
    return lines;
  }

  private static String units(Fraction cents) {
    return cents.toUnits(6).toPlainString();
  }

  private void update(String sql, long run) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, run);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("allocation run " + run + ": " + sql, e);
    }
  }
}
