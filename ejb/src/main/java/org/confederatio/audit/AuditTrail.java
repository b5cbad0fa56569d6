package org.confederatio.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;

/**
 * Writes the audit log. Joins the caller's transaction, so a change and its record stand or fall
 * together.
 *
 * <p>Snapshots never hold special-category data: a designation or an affiliation is recorded as who
 * changed whose and when, never as the organizations chosen (DESIGN.md, privacy of affiliation).
 * The call sites pass snapshots that carry no such content.
 */
@Stateless
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final int BATCH = 1_000;

  /** The size of {@code audit_entry.before_state} and {@code after_state} (migration V1). */
  static final int MAX_SNAPSHOT = 32_000;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject private FiscalCalendar calendar;

  /** One change among many recorded at once, e.g. each person of an import. */
  public record Change(Object entityId, AuditScope scope, Object before, Object after) {}

  /**
   * Records a change by {@code actor}. {@code scope} says which canton's officials may read the
   * entry and whom it concerns. {@code before} and {@code after} are snapshots (records or maps)
   * serialized as JSON; either may be null for a creation, a removal or a read.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      String actor,
      String action,
      String entityType,
      Object entityId,
      AuditScope scope,
      Object before,
      Object after) {
    em.persist(
        new AuditEntry(
            calendar.now(),
            actor,
            action,
            entityType,
            String.valueOf(entityId),
            scope,
            snapshot(before),
            snapshot(after)));
  }

  /**
   * A snapshot as JSON. One longer than its column (a candidacy's eight principles with their
   * evidence and review comments can be) is kept as its length and SHA-256 instead, said so in the
   * entry, rather than cut or refused: the change itself is in its table, whole.
   */
  static String snapshot(Object state) {
    if (state == null) {
      return null;
    }
    String json = JSON.toJson(state);
    if (json.length() <= MAX_SNAPSHOT) {
      return json;
    }
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return JSON.toJson(
          java.util.Map.of(
              "tooLongToKeep",
              true,
              "length",
              json.length(),
              "sha256",
              java.util.HexFormat.of().formatHex(digest)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Records many changes of one kind at once, in JDBC batches: an import of a hundred thousand rows
   * writes an entry per person without a round trip each.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordAll(String actor, String action, String entityType, List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Timestamp now = Timestamp.from(calendar.now());
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO audit_entry (recorded_at, actor, action, entity_type, entity_id,"
                    + " canton_code, person_id, before_state, after_state)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Change change : changes) {
        insert.setTimestamp(1, now);
        insert.setString(2, actor);
        insert.setString(3, action);
        insert.setString(4, entityType);
        insert.setString(5, String.valueOf(change.entityId()));
        setOrNull(insert, 6, change.scope().canton().map(Object::toString).orElse(null));
        setOrNull(insert, 7, change.scope().person().map(PersonId::value).orElse(null));
        setOrNull(insert, 8, snapshot(change.before()));
        setOrNull(insert, 9, snapshot(change.after()));
        insert.addBatch();
        if (++n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      // a system exception: the change the entries record is rolled back with them
      throw new IllegalStateException(
          "the audit entries of " + entityType + " were not written", e);
    }
  }

  /** Every entry about one entity, oldest first. */
  public List<AuditEntry> of(String entityType, Object entityId) {
    return em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :i ORDER BY e.id",
            AuditEntry.class)
        .setParameter("t", entityType)
        .setParameter("i", String.valueOf(entityId))
        .getResultList();
  }

  private static void setOrNull(PreparedStatement s, int index, String value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, value);
    }
  }
}
