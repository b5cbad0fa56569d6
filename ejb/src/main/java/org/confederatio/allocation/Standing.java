package org.confederatio.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/**
 * Rule A12 as a published result carries it, for allocation runs and settlements alike: of the
 * published results of one canton (or body) and year exactly one is in force; a correction
 * supersedes it, which marks it with what replaced it, when and why. {@code in_force} is TRUE or
 * NULL, never FALSE, so that a unique key on (owner, year, in_force) lets the database hold the
 * rule.
 */
@Embeddable
public class Standing {

  @Column(name = "in_force")
  private Boolean inForce;

  @Column(name = "superseded_by")
  private Long supersededBy;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  @Column(name = "superseded_reason")
  private String supersededReason;

  protected Standing() {}

  public static Standing none() {
    return new Standing();
  }

  /** Published: in force for its canton (or body) and year. */
  public void enterIntoForce() {
    this.inForce = Boolean.TRUE;
  }

  /** No longer in force: the correction {@code by} replaced it for the stated reason. */
  public void supersede(long by, String reason, Instant at) {
    this.inForce = null;
    this.supersededBy = by;
    this.supersededReason = reason;
    this.supersededAt = at;
  }

  public boolean inForce() {
    return Boolean.TRUE.equals(inForce);
  }

  public Optional<Long> supersededBy() {
    return Optional.ofNullable(supersededBy);
  }

  /** When it was superseded, or null. */
  public Instant supersededAt() {
    return supersededAt;
  }

  /** The reason the correction that superseded it stated, or null. */
  public String supersededReason() {
    return supersededReason;
  }
}
