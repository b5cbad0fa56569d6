package org.confederatio.policy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.confederatio.rules.api.allocation.PolicyVersion;
import org.confederatio.rules.api.allocation.UndesignatedTreatment;
import org.confederatio.rules.api.allocation.Weighting;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.roll.RollPolicy;

/** One dated version of a canton's policy, as the canton decided it. */
@Entity
@Table(name = "canton_policy")
@IdClass(PolicyVersionKey.class)
public class CantonPolicyVersion {

  /** Where a version stands on a day: superseded, in force, or scheduled for a later year. */
  public enum Standing {
    SUPERSEDED,
    IN_FORCE,
    SCHEDULED
  }

  @Id
  @Column(name = "canton_code")
  private String canton;

  @Id
  @Column(name = "valid_from_year")
  private int validFrom;

  @Column(name = "designable_rate")
  private BigDecimal designableRate;

  @Enumerated(EnumType.STRING)
  private Weighting weighting;

  @Enumerated(EnumType.STRING)
  private UndesignatedTreatment undesignated;

  @Column(name = "fund_id")
  private String fund;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "canton_policy_renouncing",
      joinColumns = {
        @JoinColumn(name = "canton_code", referencedColumnName = "canton_code"),
        @JoinColumn(name = "valid_from_year", referencedColumnName = "valid_from_year")
      })
  @Column(name = "organization_id")
  private java.util.Set<String> renouncing = new java.util.HashSet<>();

  @Column(name = "cap_cents")
  private Long capCents;

  @Column(name = "minimum_payout_cents")
  private long minimumPayoutCents;

  @Column(name = "max_recipients")
  private int maxRecipients;

  private String deadline;

  @Column(name = "voting_age")
  private int votingAge;

  @Column(name = "min_residence_months")
  private int minResidenceMonths;

  /**
   * How many design principles a viable commons candidacy meets here (SUBSIDIARITY.md; default 8).
   */
  @Column(name = "commons_principles")
  private int commonsPrinciples = 8;

  @Column(name = "decision_title")
  private String decisionTitle;

  @Column(name = "decision_adopted")
  private LocalDate decisionAdopted;

  @Column(name = "decision_reference")
  private String decisionReference;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected CantonPolicyVersion() {}

  CantonPolicyVersion(String canton, int validFrom) {
    this.canton = canton;
    this.validFrom = validFrom;
  }

  /** Sets every parameter and the decision from a checked draft. */
  void apply(PolicyDraft.Checked draft, String recordedBy, Instant recordedAt) {
    PolicyVersion v = draft.version();
    this.designableRate = v.designableRate();
    this.weighting = v.weighting();
    this.undesignated = v.undesignated();
    this.fund = v.fund().map(OrganizationId::value).orElse(null);
    this.renouncing.clear();
    v.renouncing().forEach(o -> this.renouncing.add(o.value()));
    this.capCents = v.cap().map(Money::cents).orElse(null);
    this.minimumPayoutCents = v.minimumPayout().cents();
    this.maxRecipients = v.maxRecipients();
    this.deadline =
        String.format("%02d-%02d", v.deadline().getMonthValue(), v.deadline().getDayOfMonth());
    this.votingAge = draft.votingAge();
    this.minResidenceMonths = draft.minResidenceMonths();
    this.decisionTitle = draft.decision().title();
    this.decisionAdopted = draft.decision().adopted();
    this.decisionReference = draft.decision().reference();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public int validFrom() {
    return validFrom;
  }

  public long rowVersion() {
    return rowVersion;
  }

  /** The allocation parameters, for the rules module. */
  public PolicyVersion toRules() {
    SortedSet<OrganizationId> renouncingIds = new TreeSet<>();
    renouncing.forEach(id -> renouncingIds.add(new OrganizationId(id)));
    return new PolicyVersion(
        validFrom,
        designableRate,
        weighting,
        undesignated,
        Optional.ofNullable(fund).map(OrganizationId::new),
        renouncingIds,
        Optional.ofNullable(capCents).map(Money::ofCents),
        Money.ofCents(minimumPayoutCents),
        maxRecipients,
        MonthDay.parse("--" + deadline));
  }

  public int commonsPrinciples() {
    return commonsPrinciples;
  }

  public RollPolicy rollPolicy() {
    return new RollPolicy(canton + " from " + validFrom, votingAge, minResidenceMonths);
  }

  /** Where the version stands in {@code current}, when the version in force is {@code inForce}. */
  public Standing standing(Optional<FiscalYear> inForce, FiscalYear current) {
    if (validFrom > current.value()) {
      return Standing.SCHEDULED;
    }
    return inForce.map(y -> y.value() == validFrom).orElse(false)
        ? Standing.IN_FORCE
        : Standing.SUPERSEDED;
  }

  /** The decision of the canton a version comes from. */
  public record Decision(String title, LocalDate adopted, String reference)
      implements Serializable {}

  /** A version as the API and pages show it; amounts in currency units. */
  public record Summary(
      String canton,
      int validFrom,
      Standing standing,
      boolean editable,
      String designableRate,
      Weighting weighting,
      UndesignatedTreatment undesignated,
      String fund,
      List<String> renouncing,
      String cap,
      String minimumPayout,
      int maxRecipients,
      String deadline,
      int votingAge,
      int minResidenceMonths,
      Decision decision,
      Instant recordedAt,
      String recordedBy,
      long version)
      implements Serializable {}

  Summary summary(Standing standing) {
    return new Summary(
        canton,
        validFrom,
        standing,
        standing == Standing.SCHEDULED,
        designableRate.stripTrailingZeros().toPlainString(),
        weighting,
        undesignated,
        fund,
        renouncing.stream().sorted().toList(),
        capCents == null ? null : Money.ofCents(capCents).toString(),
        Money.ofCents(minimumPayoutCents).toString(),
        maxRecipients,
        deadline,
        votingAge,
        minResidenceMonths,
        new Decision(decisionTitle, decisionAdopted, decisionReference),
        recordedAt,
        recordedBy,
        rowVersion);
  }
}
