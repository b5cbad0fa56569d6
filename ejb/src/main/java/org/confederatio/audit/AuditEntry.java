package org.confederatio.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.confederatio.rules.api.canton.PersonId;

/** One recorded change. Immutable: it has no setters and the services never update or delete it. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private String entityId;

  /** The canton whose officials may read the entry; none for a change of the confederation. */
  @Column(name = "canton_code", updatable = false)
  private String canton;

  /** The person the entry concerns, if any. */
  @Column(name = "person_id", updatable = false)
  private String person;

  @Column(name = "before_state", updatable = false)
  private String before;

  @Column(name = "after_state", updatable = false)
  private String after;

  protected AuditEntry() {}

  AuditEntry(
      Instant recordedAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      AuditScope scope,
      String before,
      String after) {
    this.recordedAt = recordedAt;
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.canton = scope.canton().map(Object::toString).orElse(null);
    this.person = scope.person().map(PersonId::value).orElse(null);
    this.before = before;
    this.after = after;
  }

  public Long id() {
    return id;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  /** The canton code, or null for a change of the confederation. */
  public String canton() {
    return canton;
  }

  /** The person's id in the register, or null when the entry concerns nobody in particular. */
  public String person() {
    return person;
  }

  /** The entity's state before the change as JSON, or null when it was created. */
  public String before() {
    return before;
  }

  /** The entity's state after the change as JSON, or null when it was removed. */
  public String after() {
    return after;
  }
}
