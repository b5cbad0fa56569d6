package org.confederatio.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.Test;

/** Real Derby failures, wrapped as the container and the persistence provider wrap them. */
class ConcurrentWriteTest {

  private final TestDatabase db = new TestDatabase();

  @Test
  void aLockWaitedForInVainIsBusyHoweverDeeplyItIsWrapped() throws Exception {
    SQLException timedOut;
    try (Connection holder = db.dataSource.getConnection();
        Connection waiter = db.dataSource.getConnection()) {
      try (Statement s = holder.createStatement()) {
        s.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.waitTimeout', '1')");
        s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)");
        s.execute("INSERT INTO t VALUES (1, 0)");
      }
      holder.setAutoCommit(false);
      try (Statement s = holder.createStatement()) {
        s.executeUpdate("UPDATE t SET v = 1 WHERE id = 1"); // holds the row's lock
      }
      timedOut =
          assertThrows(
              SQLException.class,
              () -> {
                try (Statement s = waiter.createStatement()) {
                  s.executeUpdate("UPDATE t SET v = 2 WHERE id = 1");
                }
              });
      holder.rollback();
    }
    assertEquals("40XL1", timedOut.getSQLState());
    assertTrue(ConcurrentWrite.busy(timedOut));
    assertTrue(ConcurrentWrite.is(timedOut));
    assertTrue(
        ConcurrentWrite.busyIn(
            new RuntimeException("the container", new IllegalStateException("JPA", timedOut))));
    assertTrue(ConcurrentWrite.lostRace(new RuntimeException(timedOut)));
  }

  @Test
  void aDuplicateKeyLostARaceButTheDatabaseWasNotBusy() throws Exception {
    SQLException duplicate;
    SQLException misspelt;
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO t VALUES (1)");
      duplicate = assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (1)"));
      misspelt = assertThrows(SQLException.class, () -> s.execute("SELEKT * FROM t"));
    }
    assertTrue(ConcurrentWrite.is(duplicate));
    assertFalse(ConcurrentWrite.busy(duplicate));
    assertFalse(ConcurrentWrite.busyIn(new RuntimeException(duplicate)));
    assertTrue(ConcurrentWrite.lostRace(new RuntimeException(duplicate)));
    assertFalse(ConcurrentWrite.lostRace(new RuntimeException(misspelt)));
    assertFalse(ConcurrentWrite.is(misspelt));
    assertFalse(ConcurrentWrite.busyIn(new IllegalStateException(misspelt)));
    assertFalse(ConcurrentWrite.busyIn(new IllegalStateException("no database at all")));
  }
}
