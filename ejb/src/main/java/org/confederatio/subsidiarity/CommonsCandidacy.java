package org.confederatio.subsidiarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.Candidacy;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;

/**
 * An organization's offer to run a public function as commons, with its assessment of each design
 * principle and the policy officer's review of it. Only a principle claimed and accepted counts.
 */
@Entity
@Table(name = "candidacy")
@NamedQuery(
    name = CommonsCandidacy.ALL,
    query = "SELECT DISTINCT c FROM CommonsCandidacy c LEFT JOIN FETCH c.principles ORDER BY c.id")
@NamedQuery(
    name = CommonsCandidacy.OF_ORGANIZATION,
    query =
        "SELECT c FROM CommonsCandidacy c"
            + " WHERE c.functionId = :function AND c.organization = :organization")
public class CommonsCandidacy {

  /** Every candidacy with its principles, by id. */
  static final String ALL = "CommonsCandidacy.all";

  /** An organization's candidacy for a function ({@code :function}, {@code :organization}). */
  static final String OF_ORGANIZATION = "CommonsCandidacy.ofOrganization";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "function_id", nullable = false, updatable = false)
  private String functionId;

  @Column(name = "organization_id", nullable = false, updatable = false)
  private OrganizationId organization;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, updatable = false)
  private String submittedBy;

  @OneToMany(mappedBy = "candidacy")
  private List<PrincipleAssessment> principles = new ArrayList<>();

  protected CommonsCandidacy() {}

  CommonsCandidacy(String function, OrganizationId organization, Instant at, String by) {
    this.functionId = function;
    this.organization = organization;
    this.submittedAt = at;
    this.submittedBy = by;
  }

  public long id() {
    return id;
  }

  public String function() {
    return functionId;
  }

  /**
   * The organization's assessment of one principle; the candidacy must have its id already (it is
   * part of the assessment's key).
   */
  PrincipleAssessment assess(DesignPrinciple principle, boolean met, String evidence) {
    PrincipleAssessment assessment = new PrincipleAssessment(this, principle, met, evidence);
    principles.add(assessment);
    return assessment;
  }

  /** The policy officer's verdict on a principle; given again, it replaces the earlier one. */
  void review(DesignPrinciple principle, boolean accepted, String comment, String by, Instant at) {
    principles.stream()
        .filter(p -> p.principle() == principle)
        .forEach(p -> p.review(accepted, comment, by, at));
  }

  /** The principles that count: claimed by the organization and accepted on review. */
  public Set<DesignPrinciple> counted() {
    Set<DesignPrinciple> met = EnumSet.noneOf(DesignPrinciple.class);
    principles.stream().filter(PrincipleAssessment::counts).forEach(p -> met.add(p.principle()));
    return met;
  }

  public Candidacy toRules() {
    return new Candidacy(Long.toString(id), functionId, organization, counted());
  }

  /** What the API, the pages and the audit log show of it. */
  public Candidacies.View view() {
    return new Candidacies.View(
        id,
        functionId,
        organization.value(),
        principles.stream()
            .map(PrincipleAssessment::view)
            .sorted(Comparator.comparing(Candidacies.PrincipleView::principle))
            .toList(),
        counted().size());
  }
}
