package org.confederatio.roll;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.Roll;
import org.confederatio.rules.api.roll.RollEntry;

/**
 * Rolls computed once per canton, date and state of the register ({@link RollStamps}), and kept: a
 * page of a stored roll is a range of positions read along the primary key.
 *
 * <p>The first request for a roll computes it (the rules' R2, through {@link Rolls}) and answers
 * from memory at once; the roll is stored behind it, and requests in between are answered from the
 * same computation, so that two clerks asking at once compute it once. A roll is used only under
 * the stamp read <em>before</em> its residents were read: a change committed during the computation
 * moves the stamp on, and the roll is never used again.
 */
@ApplicationScoped
public class StoredRolls {

  /** The reasons whose counts stored_roll keeps, in the order of its count columns. */
  private static final Reason[] COUNTED = {
    Reason.ELIGIBLE,
    Reason.UNDER_AGE,
    Reason.RESIDENCE_TOO_SHORT,
    Reason.NOT_RESIDENT,
    Reason.DECEASED
  };

  private static final Logger LOG = Logger.getLogger(StoredRolls.class.getName());

  /** Rows per INSERT statement, and statements per batch and commit: few round trips. */
  private static final int ROWS = 100;

  private static final int BATCH = 40;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  /** Connections of their own, outside the request's transaction: the store commits by itself. */
  @Resource(lookup = "jdbc/confederatioBatch")
  private DataSource ownConnections;

  @Resource private ManagedExecutorService executor;

  private final Map<Key, Computing> computing = new ConcurrentHashMap<>();

  private record Key(CantonCode canton, LocalDate date) {}

  /** A roll being computed or stored under a stamp, in memory until it is stored. */
  private static final class Computing {
    final long stamp;
    final CompletableFuture<Counted> roll = new CompletableFuture<>();

    Computing(long stamp) {
      this.stamp = stamp;
    }
  }

  /** A roll with the counts the page shows. */
  private record Counted(Roll roll, Map<Reason, Long> byReason) {
    static Counted of(Roll roll) {
      Map<Reason, Long> byReason = new EnumMap<>(Reason.class);
      roll.entries().forEach(e -> byReason.merge(e.reason(), 1L, Long::sum));
      return new Counted(roll, byReason);
    }
  }

  /**
   * A page of the roll of a canton for a date: from the stored roll if there is a current one, else
   * computed by {@code compute} (once, whoever else asks meanwhile).
   */
  public RollPage page(
      CantonCode canton, LocalDate date, int page, int size, Supplier<Roll> compute) {
    long stamp = stamp(canton);
    Optional<RollPage> stored = stored(canton, date, stamp, page, size);
    if (stored.isPresent()) {
      return stored.get();
    }
    Key key = new Key(canton, date);
    Computing mine = new Computing(stamp);
    // a computation under this stamp or a later one reflects every change committed before now
    Computing current =
        computing.compute(key, (k, old) -> old != null && old.stamp >= stamp ? old : mine);
    if (current == mine) {
      try {
        Counted counted = Counted.of(compute.get());
        mine.roll.complete(counted);
        executor.execute(() -> store(key, mine, counted));
      } catch (RuntimeException e) {
        computing.remove(key, mine);
        mine.roll.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return fromMemory(current.roll.join(), page, size);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static RollPage fromMemory(Counted counted, int page, int size) {
    Roll roll = counted.roll();
    int from = (int) Math.min((long) page * size, roll.entries().size());
    int to = Math.min(from + size, roll.entries().size());
    return new RollPage(
        roll.canton(),
        roll.date(),
        roll.policyVersion(),
        counted.byReason().getOrDefault(Reason.ELIGIBLE, 0L),
        roll.entries().size(),
        counted.byReason(),
        page,
        size,
        List.copyOf(roll.entries().subList(from, to)));
  }

  /** The canton's current stamp; 0 until its register first changes. */
  private long stamp(CantonCode canton) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT version FROM roll_stamp WHERE canton_code = ?")) {
      s.setString(1, canton.value());
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the roll stamp of " + canton + " failed", e);
    }
  }

  private Optional<RollPage> stored(
      CantonCode canton, LocalDate date, long stamp, int page, int size) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, policy_version, considered, eligible, under_age, residence_too_short,"
                    + " not_resident, deceased FROM stored_roll"
                    + " WHERE canton_code = ? AND roll_date = ? AND stamp = ?"
                    + " AND stored_at IS NOT NULL")) {
      s.setString(1, canton.value());
      s.setDate(2, Date.valueOf(date));
      s.setLong(3, stamp);
      try (ResultSet header = s.executeQuery()) {
        if (!header.next()) {
          return Optional.empty();
        }
        Map<Reason, Long> byReason = new EnumMap<>(Reason.class);
        for (int i = 0; i < COUNTED.length; i++) {
          long n = header.getLong(4 + i);
          if (n > 0) {
            byReason.put(COUNTED[i], n);
          }
        }
        long considered = header.getLong(3);
        return Optional.of(
            new RollPage(
                canton,
                date,
                header.getString(2),
                header.getLong(4),
                considered,
                byReason,
                page,
                size,
                entries(c, header.getLong(1), (long) page * size, size)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the stored roll of " + canton + " failed", e);
    }
  }

  private static List<RollEntry> entries(Connection c, long roll, long from, int size)
      throws SQLException {
    List<RollEntry> entries = new ArrayList<>(Math.min(size, 1000));
    if (from > Integer.MAX_VALUE) {
      return entries;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT person_id, reason, reason_date FROM stored_roll_entry"
                + " WHERE roll_id = ? AND position >= ? AND position < ? ORDER BY position")) {
      s.setLong(1, roll);
      s.setLong(2, from);
      s.setLong(3, from + size);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new RollEntry(
                  rows.getString(1),
                  Reason.valueOf(rows.getString(2)),
                  rows.getDate(3).toLocalDate()));
        }
      }
    }
    return entries;
  }

  /**
   * Stores a computed roll: its header first, which claims the (canton, date, stamp) so that
   * another instance storing the same roll stops there; then the entries, committed a few thousand
   * at a time (under Derby's lock escalation threshold, so that readers of other rolls never wait);
   * then the header is marked stored, and the canton's stale rolls are dropped.
   */
  private void store(Key key, Computing done, Counted counted) {
    try (Connection c = ownConnections.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id = header(c, done.stamp, counted);
        c.commit();
        entries(c, id, counted.roll().entries());
        try (PreparedStatement s =
            c.prepareStatement("UPDATE stored_roll SET stored_at = ? WHERE id = ?")) {
          s.setTimestamp(1, Timestamp.from(Instant.now()));
          s.setLong(2, id);
          s.executeUpdate();
        }
        c.commit();
        dropStale(c, key.canton());
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      LOG.log(
          Level.INFO,
          "The roll of " + key + " was not stored (another instance may be storing it)",
          e);
    } finally {
      computing.remove(key, done);
    }
  }

  private static long header(Connection c, long stamp, Counted counted) throws SQLException {
    Roll roll = counted.roll();
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO stored_roll (canton_code, roll_date, stamp, policy_version, considered,"
                + " eligible, under_age, residence_too_short, not_resident, deceased, computed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, roll.canton().value());
      s.setDate(2, Date.valueOf(roll.date()));
      s.setLong(3, stamp);
      s.setString(4, roll.policyVersion());
      s.setInt(5, roll.entries().size());
      for (int i = 0; i < COUNTED.length; i++) {
        s.setLong(6 + i, counted.byReason().getOrDefault(COUNTED[i], 0L));
      }
      s.setTimestamp(11, Timestamp.from(Instant.now()));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Many rows per statement, and a commit every {@code BATCH * ROWS} rows. */
  private static void entries(Connection c, long id, List<RollEntry> entries) throws SQLException {
    int whole = entries.size() / ROWS * ROWS;
    try (PreparedStatement s = c.prepareStatement(insert(ROWS))) {
      for (int from = 0; from < whole; from += ROWS) {
        for (int i = 0; i < ROWS; i++) {
          bind(s, i, id, from + i, entries.get(from + i));
        }
        s.addBatch();
        if (from / ROWS % BATCH == BATCH - 1) {
          s.executeBatch();
          c.commit();
        }
      }
      s.executeBatch();
    }
    if (whole < entries.size()) {
      try (PreparedStatement s = c.prepareStatement(insert(entries.size() - whole))) {
        for (int p = whole; p < entries.size(); p++) {
          bind(s, p - whole, id, p, entries.get(p));
        }
        s.executeUpdate();
      }
    }
    c.commit();
  }

  private static String insert(int rows) {
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO stored_roll_entry (roll_id, position, person_id, reason, reason_date)"
                + " VALUES ");
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
    }
    return sql.toString();
  }

  private static void bind(PreparedStatement s, int row, long id, int position, RollEntry e)
      throws SQLException {
    int at = row * 5;
    s.setLong(at + 1, id);
    s.setInt(at + 2, position);
    s.setString(at + 3, e.personId());
    s.setString(at + 4, e.reason().name());
    s.setDate(at + 5, Date.valueOf(e.date()));
  }

  /**
   * Every roll of the canton under an earlier stamp than its current one is never read again: its
   * header goes first, then its entries a few thousand at a time.
   */
  private static void dropStale(Connection c, CantonCode canton) throws SQLException {
    List<long[]> stale = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT r.id, r.considered FROM stored_roll r WHERE r.canton_code = ? AND r.stamp <"
                + " (SELECT s.version FROM roll_stamp s WHERE s.canton_code = r.canton_code)")) {
      s.setString(1, canton.value());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          stale.add(new long[] {rows.getLong(1), rows.getLong(2)});
        }
      }
    }
    for (long[] roll : stale) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM stored_roll WHERE id = ?")) {
        s.setLong(1, roll[0]);
        s.executeUpdate();
      }
      c.commit();
      try (PreparedStatement s =
          c.prepareStatement(
              "DELETE FROM stored_roll_entry WHERE roll_id = ? AND position >= ? AND position < ?")) {
        for (long from = 0; from < roll[1]; from += BATCH * ROWS) {
          s.setLong(1, roll[0]);
          s.setLong(2, from);
          s.setLong(3, from + BATCH * ROWS);
          s.executeUpdate();
          c.commit();
        }
      }
    }
  }
}
