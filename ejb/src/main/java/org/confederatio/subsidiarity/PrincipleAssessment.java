package org.confederatio.subsidiarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;

/**
 * One design principle of a candidacy: whether the organization claims to meet it, with what
 * evidence, and the policy officer's verdict.
 */
@Entity
@Table(name = "candidacy_principle")
@IdClass(PrincipleAssessment.Key.class)
public class PrincipleAssessment {

  @Id
  @Column(name = "candidacy_id")
  private Long candidacyId;

  // the principle's name: an enum is no portable key type
  @Id private String principle;

  @ManyToOne(optional = false)
  @JoinColumn(name = "candidacy_id", insertable = false, updatable = false)
  private CommonsCandidacy candidacy;

  @Column(name = "claimed_met", nullable = false, updatable = false)
  private boolean claimedMet;

  @Column(nullable = false, updatable = false)
  private String evidence;

  private Boolean accepted;

  @Column(name = "review_comment")
  private String comment;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  protected PrincipleAssessment() {}

  PrincipleAssessment(
      CommonsCandidacy candidacy, DesignPrinciple principle, boolean met, String evidence) {
    this.candidacyId = candidacy.id();
    this.candidacy = candidacy;
    this.principle = principle.name();
    this.claimedMet = met;
    this.evidence = evidence;
  }

  public DesignPrinciple principle() {
    return DesignPrinciple.valueOf(principle.strip());
  }

  void review(boolean accepted, String comment, String by, Instant at) {
    this.accepted = accepted;
    this.comment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  /** Claimed and accepted: only then does the principle count toward viability. */
  public boolean counts() {
    return claimedMet && Boolean.TRUE.equals(accepted);
  }

  Candidacies.PrincipleView view() {
    return new Candidacies.PrincipleView(principle(), claimedMet, evidence, accepted, comment);
  }

  /** The composite key: candidacy and principle. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long candidacyId;
    public String principle;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(candidacyId, k.candidacyId)
          && Objects.equals(principle, k.principle);
    }

    @Override
    public int hashCode() {
      return Objects.hash(candidacyId, principle);
    }
  }
}
