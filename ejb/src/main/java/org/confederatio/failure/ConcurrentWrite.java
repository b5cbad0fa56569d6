package org.confederatio.failure;

import java.sql.SQLException;
import java.util.function.Predicate;

/**
 * Whether a failed write lost to another at the same moment: a deadlock, a lock wait that timed
 * out, or a row another transaction inserted first, in Derby or PostgreSQL, by the SQL states of
 * the standard (class 23 for integrity, 40001 for serialization) and the databases' own lock codes.
 * The bulk imports and publications answer it with a {@link Conflict}; anything else that meets a
 * {@link #busy} database is answered 503 (the REST layer's UnexpectedMapper).
 */
public final class ConcurrentWrite {

  /** How deep a chain of causes is searched: a container wraps a few times, never this often. */
  private static final int CAUSES = 20;

  private ConcurrentWrite() {}

  public static boolean is(SQLException e) {
    return busy(e) || has(e, "23505");
  }

  /**
   * Whether the database was too busy to take the write: a lock waited for in vain (Derby's 40XL1
   * also when its identity generator cannot get its own catalog row under load, PostgreSQL's
   * 55P03), a deadlock (40001, 40P01). The transaction is rolled back whole, so nothing was
   * written, and the same request may pass a moment later.
   */
  public static boolean busy(SQLException e) {
    return has(e, "40001")
        || has(e, "40XL1")
        || has(e, "40XL2")
        || has(e, "40P01")
        || has(e, "55P03");
  }

  /**
   * Whether any cause of {@code failure} lost a race: the database was {@link #busy}, or a row it
   * checked (a unique key, a reference) changed under it, class 23. For a service that first
   * checked, then wrote, where only another writer in between can make the write fail.
   */
  public static boolean lostRace(Throwable failure) {
    return any(
        failure, s -> busy(s) || (s.getSQLState() != null && s.getSQLState().startsWith("23")));
  }

  /**
   * Whether any cause of {@code failure} (the container and the persistence provider each wrap the
   * driver's exception) says the database was {@link #busy}.
   */
  public static boolean busyIn(Throwable failure) {
    return any(failure, ConcurrentWrite::busy);
  }

  private static boolean any(Throwable failure, Predicate<SQLException> test) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < CAUSES; depth++, t = t.getCause()) {
      if (t instanceof SQLException s && test.test(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(SQLException e, String state) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (state.equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
