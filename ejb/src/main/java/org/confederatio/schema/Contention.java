package org.confederatio.schema;

import java.sql.SQLException;

/**
 * Whether a failed statement lost a race rather than broke: a unique key taken by a transaction
 * that committed first, a deadlock, or a lock that was not granted in time. Derby and PostgreSQL
 * report these by the SQL states of the standard (class 23 for integrity, 40001 for serialization)
 * and Derby's own lock codes; the service then refuses with a conflict instead of failing.
 */
public final class Contention {

  private Contention() {}

  public static boolean lostRace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23")
            || state.equals("40001")
            || state.equals("40P01")
            || state.equals("40XL1")
            || state.equals("40XL2")) {
          return true;
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
