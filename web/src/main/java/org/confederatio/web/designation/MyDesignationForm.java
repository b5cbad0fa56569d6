package org.confederatio.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.designation.Affiliation;
import org.confederatio.designation.Affiliations;
import org.confederatio.designation.DesignationRecord;
import org.confederatio.designation.Designations;
import org.confederatio.failure.Refusal;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.allocation.Prefill;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.time.FiscalCalendar;
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

  private FiscalYear year;
  private Designations.Mine mine;
  private List<Organization.Summary> choosable = List.of();
  private List<String> affiliated = new ArrayList<>();
  private List<ShareRow> rows = new ArrayList<>();
  private Long version;

  @PostConstruct
  void load() {
    year = FiscalYear.of(calendar.currentYear());
    try {
      mine = designations.mine(callers.current(), year);
      choosable = accreditations.choosableByName(CantonCode.of(mine.canton()), year);
      affiliated =
          new ArrayList<>(
              affiliations.mine(callers.current()).stream()
                  .map(Affiliation.Summary::organization)
                  .toList());
      version = mine.current() == null ? null : mine.current().version();
      rows = rowsFrom(mine.current());
    } catch (Refusal refusal) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
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
      affiliations.setMine(callers.current(), MyAffiliationsResource.organizations(affiliated));
      info("designation.affiliationsSaved");
      if (mine.current() == null) {
        rows = rowsFrom(null); // nothing chosen yet: follow the new affiliations
      }
    } catch (Refusal refusal) {
      DesignationMessages.show(FacesContext.getCurrentInstance(), messages, refusal);
    }
  }

  public void save() {
    try {
      mine =
          designations.designateMine(
              callers.current(), year, new Designations.Change(ShareRow.inputs(rows), version));
      version = mine.current().version();
      rows = rowsFrom(mine.current());
      info("designation.saved");
    } catch (Refusal refusal) {
      DesignationMessages.show(FacesContext.getCurrentInstance(), messages, refusal);
    }
  }

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

  public List<Organization.Summary> getChoosable() {
    return choosable;
  }

  public List<String> getAffiliated() {
    return affiliated;
  }

  public void setAffiliated(List<String> affiliated) {
    this.affiliated = affiliated;
  }

  public List<ShareRow> getRows() {
    return rows;
  }
}
