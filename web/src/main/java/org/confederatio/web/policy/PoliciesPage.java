package org.confederatio.web.policy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.allocation.WhatIf;
import org.confederatio.failure.Refusal;
import org.confederatio.organization.Organization;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.CantonPolicyVersion;
import org.confederatio.policy.PolicyDraft;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.designation.RecipientNames;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * The policy officer's page: the canton's versions with their decisions, a form for the next
 * version (pre-filled from the one in force), and the what-if of that draft on this year's data.
 */
@Named
@ViewScoped
public class PoliciesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CantonPolicies policies;
  @Inject private WhatIf whatIf;
  @Inject private Callers callers;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;
  @Inject private OrganizationRegistry organizations;
  @Inject private RecipientNames recipients;

  private List<CantonPolicyVersion.Summary> history = List.of();
  private WhatIf.Result comparison;
  private List<Organization.Summary> funds;

  private Integer validFrom;
  private String designableRate;
  private String weighting;
  private String undesignated;
  private String fund;
  private String renouncing;
  private String cap;
  private String minimumPayout;
  private Integer maxRecipients;
  private String deadline;
  private Integer votingAge;
  private Integer minResidenceMonths;
  private String decisionTitle;
  private String decisionAdopted;
  private String decisionReference;

  @PostConstruct
  void load() {
    validFrom = calendar.currentYear() + 1;
    history = policies.history(canton());
    history.stream()
        .filter(v -> v.standing() == CantonPolicyVersion.Standing.IN_FORCE)
        .findFirst()
        .ifPresent(
            v -> {
              designableRate = v.designableRate();
              weighting = v.weighting().name();
              undesignated = v.undesignated().name();
              fund = v.fund();
              renouncing = String.join(" ", v.renouncing());
              cap = v.cap();
              minimumPayout = v.minimumPayout();
              maxRecipients = v.maxRecipients();
              deadline = v.deadline();
              votingAge = v.votingAge();
              minResidenceMonths = v.minResidenceMonths();
            });
  }

  private PolicyDraft draft() {
    List<String> renouncingIds =
        renouncing == null || renouncing.isBlank()
            ? List.of()
            : Arrays.asList(renouncing.strip().split("[\\s,]+"));
    return new PolicyDraft(
        validFrom,
        designableRate,
        weighting,
        undesignated,
        fund,
        renouncingIds,
        cap,
        minimumPayout,
        maxRecipients,
        deadline,
        votingAge,
        minResidenceMonths,
        decisionTitle,
        decisionAdopted,
        decisionReference);
  }

  public void schedule() {
    try {
      CantonPolicyVersion.Summary created = policies.schedule(callers.current(), canton(), draft());
      history = policies.history(canton());
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  messages.format("policies.scheduledFrom", String.valueOf(created.validFrom())),
                  null));
    } catch (Refusal refusal) {
      Refusals.show(FacesContext.getCurrentInstance(), "draft", refusal);
    }
  }

  public void runWhatIf() {
    try {
      comparison = whatIf.compare(callers.current(), canton(), Optional.empty(), draft());
    } catch (Refusal refusal) {
      comparison = null;
      Refusals.show(FacesContext.getCurrentInstance(), "draft", refusal);
    }
  }

  /** A designable rate as the service writes it ({@code 0.007}), as a percentage. */
  public String rate(String fraction) {
    return fraction == null ? "" : formats.decimalRate(new BigDecimal(fraction));
  }

  /** An amount as the service writes it ({@code 5224.43}), with the currency, in the locale. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  /** A recipient by name: the canton's own budget in words, an organization by its name. */
  public String recipient(String id) {
    if (id == null || id.isBlank()) {
      return "";
    }
    if ("canton".equals(id)) {
      return messages.get("policies.recipient.canton");
    }
    return recipients.organization(id);
  }

  /** The confederal funds undesignated money may go to, for the form's choice, by name. */
  public List<Organization.Summary> getFunds() {
    if (funds == null) {
      funds =
          organizations
              .page(
                  Optional.of(OrganizationKind.CONFEDERAL_FUND),
                  0,
                  OrganizationRegistry.MAX_PAGE_SIZE)
              .items();
    }
    return funds;
  }

  /** The organizations renouncing their share, by name. */
  public String renouncingNames(List<String> ids) {
    return ids == null ? "" : String.join(", ", ids.stream().map(this::recipient).toList());
  }

  private CantonCode canton() {
    return callers.current().canton().orElseThrow();
  }

  public List<CantonPolicyVersion.Summary> getHistory() {
    return history;
  }

  public WhatIf.Result getComparison() {
    return comparison;
  }

  public Integer getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(Integer validFrom) {
    this.validFrom = validFrom;
  }

  public String getDesignableRate() {
    return designableRate;
  }

  public void setDesignableRate(String designableRate) {
    this.designableRate = designableRate;
  }

  public String getWeighting() {
    return weighting;
  }

  public void setWeighting(String weighting) {
    this.weighting = weighting;
  }

  public String getUndesignated() {
    return undesignated;
  }

  public void setUndesignated(String undesignated) {
    this.undesignated = undesignated;
  }

  public String getFund() {
    return fund;
  }

  public void setFund(String fund) {
    this.fund = fund;
  }

  public String getRenouncing() {
    return renouncing;
  }

  public void setRenouncing(String renouncing) {
    this.renouncing = renouncing;
  }

  public String getCap() {
    return cap;
  }

  public void setCap(String cap) {
    this.cap = cap;
  }

  public String getMinimumPayout() {
    return minimumPayout;
  }

  public void setMinimumPayout(String minimumPayout) {
    this.minimumPayout = minimumPayout;
  }

  public Integer getMaxRecipients() {
    return maxRecipients;
  }

  public void setMaxRecipients(Integer maxRecipients) {
    this.maxRecipients = maxRecipients;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public Integer getVotingAge() {
    return votingAge;
  }

  public void setVotingAge(Integer votingAge) {
    this.votingAge = votingAge;
  }

  public Integer getMinResidenceMonths() {
    return minResidenceMonths;
  }

  public void setMinResidenceMonths(Integer minResidenceMonths) {
    this.minResidenceMonths = minResidenceMonths;
  }

  public String getDecisionTitle() {
    return decisionTitle;
  }

  public void setDecisionTitle(String decisionTitle) {
    this.decisionTitle = decisionTitle;
  }

  public String getDecisionAdopted() {
    return decisionAdopted;
  }

  public void setDecisionAdopted(String decisionAdopted) {
    this.decisionAdopted = decisionAdopted;
  }

  public String getDecisionReference() {
    return decisionReference;
  }

  public void setDecisionReference(String decisionReference) {
    this.decisionReference = decisionReference;
  }
}
