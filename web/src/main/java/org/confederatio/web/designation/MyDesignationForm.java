package org.confederatio.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.designation.Affiliation;
import org.confederatio.designation.Affiliations;
import org.confederatio.designation.DesignationRecord;
import org.confederatio.designation.Designations;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Refusal;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.allocation.Prefill;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * The citizen's page for the current fiscal year: affiliations, and the designation pre-filled from
 * them when there is none yet. Kept for the view, so that the version read is the version replaced.
 */
@Named
@ViewScoped
public class MyDesignationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Designations designations;
  @Inject private Affiliations affiliations;
  @Inject private Accreditations accreditations;
  @Inject private Callers callers;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;
  @Inject private Formats formats;

  private FiscalYear year;
  private Designations.Mine mine;
  private String cantonName;
  private List<Organization.Summary> choosable = List.of();
  private List<String> affiliated = new ArrayList<>();
  private List<AffiliationGroup> groups = List.of();
  private List<ShareRow> rows = new ArrayList<>();
  private Long version;

  @PostConstruct
  void load() {
    year = FiscalYear.of(calendar.currentYear());
    try {
      mine = designations.mine(callers.current(), year);
      cantonName = cantons.find(CantonCode.of(mine.canton())).name();
      choosable = accreditations.choosableByName(CantonCode.of(mine.canton()), year);
      affiliated =
          new ArrayList<>(
              affiliations.mine(callers.current()).stream()
                  .map(Affiliation.Summary::organization)
                  .toList());
      groups = AffiliationGroup.of(choosable, affiliated);
      version = mine.current() == null ? null : mine.current().version();
      rows = rowsFrom(mine.current());
    } catch (Refusal refusal) {
      // the services explain in English, for the API; the page says it in the reader's language
      String key =
          refusal instanceof Conflict ? "designation.error.noCanton" : "designation.error.refused";
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }
  }

  /** The current designation's shares, or the pre-fill from the affiliations (A2). */
  private List<ShareRow> rowsFrom(DesignationRecord.Summary current) {
    List<ShareRow> result = new ArrayList<>();
    if (current != null) {
      current.shares().forEach(s -> result.add(new ShareRow(s.recipient(), s.basisPoints())));
    } else {
      Prefill.fromAffiliations(
              affiliated.stream().map(OrganizationId::of).toList(), mine.maxRecipients())
          .forEach(s -> result.add(new ShareRow(s.recipient().id(), s.basisPoints())));
    }
    while (result.size() < mine.maxRecipients()) {
      result.add(new ShareRow());
    }
    return result;
  }

  public void saveAffiliations() {
    try {
      affiliated = new ArrayList<>(AffiliationGroup.chosen(groups));
      affiliations.setMine(callers.current(), MyAffiliationsResource.organizations(affiliated));
      info("designation.affiliationsSaved");
      if (mine.current() == null) {
        rows = rowsFrom(null); // nothing chosen yet: follow the new affiliations
      }
    } catch (Refusal refusal) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  messages.get("designation.error.affiliations"),
                  null));
    }
  }

  public void save() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!DesignationMessages.check(faces, messages, formats, FORM, rows)) {
      return;
    }
    try {
      mine =
          designations.designateMine(
              callers.current(), year, new Designations.Change(ShareRow.inputs(rows), version));
      version = mine.current().version();
      rows = rowsFrom(mine.current());
      info("designation.saved");
    } catch (Refusal refusal) {
      DesignationMessages.show(faces, messages, FORM, rows, refusal);
    }
  }

  /** The id of the designation's form, which names its fields' messages. */
  private static final String FORM = "designation";

  private void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
  }

  public int getYear() {
    return year.value();
  }

  public Designations.Mine getMine() {
    return mine;
  }

  /** The canton's registered name, which a citizen knows better than its code. */
  public String getCantonName() {
    return cantonName;
  }

  /** The designable rate as a percentage: {@code 1 %}, never {@code 0.01}. */
  public String getRate() {
    return formats.decimalRate(new BigDecimal(mine.designableRate()));
  }

  /** The assessed tax with the currency, or null when there is no assessment. */
  public String getTax() {
    return mine.tax() == null ? null : formats.decimalMoney(new BigDecimal(mine.tax()));
  }

  /** What the designation moves, with the currency, or null without an assessment. */
  public String getDesignable() {
    return mine.designable() == null
        ? null
        : formats.decimalMoney(new BigDecimal(mine.designable()));
  }

  /** The deadline as the reader's locale writes a day. */
  public String getDeadline() {
    return formats.date(mine.deadline());
  }

  public List<AffiliationGroup> getGroups() {
    return groups;
  }

  public List<Organization.Summary> getChoosable() {
    return choosable;
  }

  public List<ShareRow> getRows() {
    return rows;
  }
}
