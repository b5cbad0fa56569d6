package org.confederatio.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells PostgreSQL's planner what a bulk write changed, inside the writing transaction, before the
 * transaction reads what it wrote and before anyone plans against it.
 *
 * <p>PostgreSQL plans by statistics that autovacuum refreshes only a while after a commit. A
 * register import of 100,000 people into a canton the statistics still knew as empty had each of
 * its checks of 500 people scan the whole canton by its canton index (the plan for an empty
 * canton): more than seven minutes, growing with the square of the file. ANALYZE counts the rows
 * its own transaction inserted, so the checks that follow probe by person as they should, and the
 * statistics it commits serve the imports and runs that come next. Derby's queries here carry their
 * plans as hints and need none of this.
 */
public final class Statistics {

  /** Fewer rows than this are left to autovacuum, which notices them soon enough. */
  static final int BULK = 10_000;

  private Statistics() {}

  /**
   * After {@code rows} rows were written to {@code tables} (names from the code, never from input):
   * ANALYZE them on PostgreSQL if that many is a bulk. ANALYZE holds its lock on each table until
   * the transaction ends, so two bulk writes of the same table run one after the other.
   */
  public static void refreshAfter(Connection c, long rows, String... tables) throws SQLException {
    if (rows < BULK || !Migrations.vendor(c).equals("postgresql")) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("ANALYZE " + String.join(", ", tables));
    }
  }
}
