package org.confederatio.failure;

import java.sql.SQLException;

/**
 * Whether a failed write lost to another at the same moment: a deadlock, a lock wait that timed
 * out, or a row another transaction inserted first, in Derby or PostgreSQL. The bulk imports answer
 * it with a {@link Conflict}: import again.
 */
public final class ConcurrentWrite {

  private ConcurrentWrite() {}

  public static boolean is(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      String state = s.getSQLState();
      if ("40001".equals(state)
          || "40XL1".equals(state)
          || "40P01".equals(state)
          || "23505".equals(state)) {
        return true;
      }
    }
    return false;
  }
}
