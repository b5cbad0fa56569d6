package org.confederatio.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * An allocation run of a canton's fiscal year. RUNNING while its batch job works; DRAFT once its
 * lines are computed (all at once, in one transaction, so no partial result is ever visible);
 * PUBLISHED by a clerk, after which its result never changes. Of a canton's published runs for a
 * year one is in force (A12); a correction supersedes it, which marks it with what replaced it.
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

  /** Whether it is the one published run in force of its canton and year (A12). */
  @Embedded private Standing standing = Standing.none();

  /** The standing; JPA reads one whose columns are all NULL (a draft) as no object at all. */
  private Standing standing() {
    if (standing == null) {
      standing = Standing.none();
    }
    return standing;
  }

  protected AllocationRun() {}

  AllocationRun(
      CantonCode canton,
      FiscalYear year,
      String policyVersion,
      String policyJson,
      long taxpayers,
      String by,
      Instant at) {
    this.canton = canton.value();
    this.year = year.value();
    this.state = State.RUNNING;
    this.policyVersion = policyVersion;
    this.policyJson = policyJson;
    this.taxpayersTotal = taxpayers;
    this.startedAt = at;
    this.startedBy = by;
  }

  /**
   * A job execution was started for it. A take-over's execution may have computed the run already
   * (nothing was left to count): a computed run stays as it is.
   */
  void started(long executionId) {
    if (!computed()) {
      this.executionId = executionId;
      this.state = State.RUNNING;
    }
  }

  void computed(long potCents, String aggregatesJson, String digest, Instant at) {
    this.state = State.DRAFT;
    this.computedAt = at;
    this.potCents = potCents;
    this.aggregatesJson = aggregatesJson;
    this.digest = digest;
  }

  /** A12 — published, and in force for its canton and year. */
  void publish(String by, Instant at) {
    this.state = State.PUBLISHED;
    this.publishedAt = at;
    this.publishedBy = by;
    standing().enterIntoForce();
  }

  /** A12 — no longer in force: the correction {@code by} replaced it for the stated reason. */
  void supersede(long by, String reason, Instant at) {
    standing().supersede(by, reason, at);
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

  public FiscalYear fiscalYear() {
    return FiscalYear.of(year);
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

  /** When it was published, or null for a run not published. */
  public Instant publishedAt() {
    return publishedAt;
  }

  /** The reason the correction that superseded it stated, or null while it was not superseded. */
  public String supersededReason() {
    return standing().supersededReason();
  }

  public String digest() {
    return digest;
  }

  public boolean inForce() {
    return standing().inForce();
  }

  public boolean published() {
    return state == State.PUBLISHED;
  }

  public java.util.Optional<Long> supersededBy() {
    return standing().supersededBy();
  }

  public boolean computed() {
    return state == State.DRAFT || state == State.PUBLISHED;
  }

  /**
   * One side of a correction (A12): the other run, its digest, when it was replaced and the reason
   * the correction stated.
   */
  public record Correction(long run, String digest, Instant at, String reason) {}

  /** This superseded run, as the correction that replaced it names it (A12). */
  Correction asReplaced() {
    return new Correction(id, digest, standing().supersededAt(), standing().supersededReason());
  }

  /** What replaced this superseded run (A12). */
  Correction replacedBy(AllocationRun correction) {
    return new Correction(
        correction.id, correction.digest, standing().supersededAt(), standing().supersededReason());
  }

  /**
   * A run as shown, without its lines. {@code state} is the job's while it is not computed. {@code
   * inForce} says whether it is the published run that counts for its canton and year (A12); a
   * correction names the run it {@code replaces}, a superseded run what it was {@code replacedBy}.
   */
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
      String publishedBy,
      boolean inForce,
      Correction replaces,
      Correction replacedBy) {}

  /** The summary without its corrections, for the audit log of its own changes. */
  Summary summary(State shown) {
    return summary(shown, null, null);
  }

  Summary summary(State shown, Correction replaces, Correction replacedBy) {
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
        potCents == null
            ? null
            : org.confederatio.rules.api.money.Money.ofCents(potCents).toString(),
        digest,
        publishedAt,
        publishedBy,
        inForce(),
        replaces,
        replacedBy);
  }
}
