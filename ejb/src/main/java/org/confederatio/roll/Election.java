package org.confederatio.roll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.confederatio.rules.api.canton.CantonCode;

/** R6 — a roll frozen for an election. Its fields and entries are never updated. */
@Entity
@Table(name = "election")
public class Election {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "canton_code", nullable = false, updatable = false)
  private String canton;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "reference_date", nullable = false, updatable = false)
  private LocalDate referenceDate;

  @Column(name = "policy_version", nullable = false, updatable = false)
  private String policyVersion;

  @Column(name = "frozen_at", nullable = false, updatable = false)
  private Instant frozenAt;

  @Column(name = "frozen_by", nullable = false, updatable = false)
  private String frozenBy;

  protected Election() {}

  Election(
      CantonCode canton,
      String name,
      LocalDate referenceDate,
      String policyVersion,
      String frozenBy,
      Instant frozenAt) {
    this.canton = canton.value();
    this.name = name;
    this.referenceDate = referenceDate;
    this.policyVersion = policyVersion;
    this.frozenAt = frozenAt;
    this.frozenBy = frozenBy;
  }

  public Long id() {
    return id;
  }

  public CantonCode canton() {
    return new CantonCode(canton);
  }

  public String name() {
    return name;
  }

  public LocalDate referenceDate() {
    return referenceDate;
  }

  public String policyVersion() {
    return policyVersion;
  }

  public Summary summary(long eligible, long considered) {
    return new Summary(
        id, canton, name, referenceDate, policyVersion, frozenAt, frozenBy, eligible, considered);
  }

  /** An election as listed. */
  public record Summary(
      Long id,
      String canton,
      String name,
      LocalDate referenceDate,
      String policyVersion,
      Instant frozenAt,
      String frozenBy,
      long eligible,
      long considered) {}
}
