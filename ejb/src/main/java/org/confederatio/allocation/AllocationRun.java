package org.confederatio.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.confederatio.rules.canton.CantonCode;

/**
 * An allocation run of a canton's fiscal year. RUNNING while its batch job works; DRAFT once its
 * lines are computed (all at once, in one transaction, so no partial result is ever visible);
 * PUBLISHED by a clerk, after which nothing of it changes.
 */
@Entity
@Table(name = "allocation_run")
public class AllocationRun {

  /** Where a run stands. STOPPED and FAILED are what its batch job reports while it is not done. */
  public enum State {
    RUNNING,
    STOPPED,
    FAILED,
    DRAFT,
    PUBLISHED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "canton_code")
  private String canton;

  @Column(name = "fiscal_year")
  private int year;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "execution_id")
  private long executionId;

  @Column(name = "policy_version")
  private String policyVersion;

  @Lob
  @Column(name = "policy_json")
  private String policyJson;

  @Column(name = "taxpayers_total")
  private long taxpayersTotal;

  @Column(name = "taxpayers_done")
  private long taxpayersDone;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "computed_at")
  private Instant computedAt;

  @Column(name = "pot_cents")
  private Long potCents;

  @Lob
  @Column(name = "aggregates_json")
  private String aggregatesJson;

  private String digest;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by")
  private String publishedBy;

  protected AllocationRun() {}

  AllocationRun(
      CantonCode canton,
      int year,
      String policyVersion,
      String policyJson,
      long taxpayers,
      String by,
      Instant at) {
    this.canton = canton.value();
    this.year = year;
    this.state = State.RUNNING;
    this.policyVersion = policyVersion;
    this.policyJson = policyJson;
    this.taxpayersTotal = taxpayers;
    this.startedAt = at;
    this.startedBy = by;
  }

  void started(long executionId) {
    this.executionId = executionId;
    this.state = State.RUNNING;
  }

  void computed(long potCents, String aggregatesJson, String digest, Instant at) {
    this.state = State.DRAFT;
    this.computedAt = at;
    this.potCents = potCents;
    this.aggregatesJson = aggregatesJson;
    this.digest = digest;
  }

  void publish(String by, Instant at) {
    this.state = State.PUBLISHED;
    this.publishedAt = at;
    this.publishedBy = by;
  }

  public long id() {
    return id;
  }

  public CantonCode canton() {
    return CantonCode.of(canton);
  }

  public int year() {
    return year;
  }

  public State state() {
    return state;
  }

  public long executionId() {
    return executionId;
  }

  public String policyJson() {
    return policyJson;
  }

  public String aggregatesJson() {
    return aggregatesJson;
  }

  public String digest() {
    return digest;
  }

  public boolean computed() {
    return state == State.DRAFT || state == State.PUBLISHED;
  }

  /** A run as shown, without its lines. {@code state} is the job's while it is not computed. */
  public record Summary(
      long id,
      String canton,
      int year,
      State state,
      String policyVersion,
      long taxpayersTotal,
      long taxpayersDone,
      Instant startedAt,
      String startedBy,
      Instant computedAt,
      String pot,
      String digest,
      Instant publishedAt,
      String publishedBy) {}

  Summary summary(State shown) {
    return new Summary(
        id,
        canton,
        year,
        shown,
        policyVersion,
        taxpayersTotal,
        taxpayersDone,
        startedAt,
        startedBy,
        computedAt,
        potCents == null ? null : org.confederatio.rules.money.Money.ofCents(potCents).toString(),
        digest,
        publishedAt,
        publishedBy);
  }
}
