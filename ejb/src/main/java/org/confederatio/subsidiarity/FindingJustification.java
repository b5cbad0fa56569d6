package org.confederatio.subsidiarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.subsidiarity.FindingKind;
import org.confederatio.rules.api.subsidiarity.Justification;

/**
 * S4 — a policy officer's reason to keep a function where it is, for one finding of their canton,
 * until a day (inclusive). Never changed: a later one for the same finding is what counts.
 */
@Entity
@Table(name = "justification")
@NamedQuery(
    name = FindingJustification.OF_CANTON,
    query = "SELECT j FROM FindingJustification j WHERE j.canton = :canton")
public class FindingJustification {

  /** Every justification of a canton's findings ({@code :canton}). */
  static final String OF_CANTON = "FindingJustification.ofCanton";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "canton_code", nullable = false, updatable = false)
  private CantonCode canton;

  @Column(name = "function_id", nullable = false, updatable = false)
  private String functionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private FindingKind kind;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "until_date", nullable = false, updatable = false)
  private LocalDate until;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  protected FindingJustification() {}

  FindingJustification(
      CantonCode canton,
      String function,
      FindingKind kind,
      String reason,
      LocalDate until,
      Instant at,
      String by) {
    this.canton = canton;
    this.functionId = function;
    this.kind = kind;
    this.reason = reason;
    this.until = until;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Justification toRules() {
    return new Justification(functionId, kind, reason, recordedBy, until, recordedAt);
  }
}
