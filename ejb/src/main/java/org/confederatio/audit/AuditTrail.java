package org.confederatio.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.confederatio.time.FiscalCalendar;

/**
 * Writes the audit log. Joins the caller's transaction, so a change and its record stand or fall
 * together.
 */
@Stateless
public class AuditTrail {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The size of {@code audit_entry.before_state} and {@code after_state} (migration V1). */
  static final int MAX_SNAPSHOT = 32_000;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private FiscalCalendar calendar;

  /**
   * Records a change by {@code actor}. {@code before} and {@code after} are snapshots (records or
   * maps) serialized as JSON; either may be null for a creation or a removal.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(
      String actor,
      String action,
      String entityType,
      Object entityId,
      Object before,
      Object after) {
    em.persist(
        new AuditEntry(
            calendar.now(),
            actor,
            action,
            entityType,
            String.valueOf(entityId),
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

  /** The newest entries first, a page at a time. */
  public List<AuditEntry> latest(int first, int max) {
    return em.createQuery("SELECT e FROM AuditEntry e ORDER BY e.id DESC", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
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
}
