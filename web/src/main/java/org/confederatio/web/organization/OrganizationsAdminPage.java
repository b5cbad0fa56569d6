package org.confederatio.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Organization;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The administrator's page of the register: register, suspend or reinstate, and accredit. */
@Named
@RequestScoped
public class OrganizationsAdminPage {

  static final int SIZE = 20;

  @Inject private OrganizationRegistry registry;
  @Inject private OrganizationAdministration administration;
  @Inject private Accreditations accreditations;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private int page;
  private String id;
  private String name;
  private String kind = OrganizationKind.COMMONS_FOUNDATION.name();
  private String website;
  private String payoutReference;
  private String description;
  private String accreditedId;
  private String canton;
  private Integer fromYear;
  private String withdrawnId;
  private String withdrawnCanton;
  private Integer lastYear;
  private OrganizationRegistry.Page current;

  public OrganizationRegistry.Page getCurrent() {
    if (current == null) {
      current = registry.page(Optional.empty(), Math.max(0, page), SIZE);
    }
    return current;
  }

  public List<OrganizationKind> getKinds() {
    return List.of(OrganizationKind.values());
  }

  public void register() {
    act(
        "organization",
        () -> {
          var entry =
              new OrganizationAdministration.Entry(
                  name, kind, description, website, payoutReference);
          administration.register(callers.current(), OrganizationInput.newId(id, entry), entry);
        },
        "organizations.registered");
  }

  /** Fills the form with an organization's details, to change them. */
  public void load(String organization) {
    try {
      Organization.Details details =
          administration.details(callers.current(), OrganizationInput.existing(organization));
      id = organization;
      name = details.name();
      kind = details.kind().name();
      description = details.description();
      website = details.website();
      payoutReference = details.payoutReference();
    } catch (Refusal refusal) {
      Refusals.show(faces, "list", refusal);
    }
  }

  public void edit() {
    act(
        "organization",
        () ->
            administration.edit(
                callers.current(),
                OrganizationInput.existing(id),
                new OrganizationAdministration.Entry(
                    name, kind, description, website, payoutReference)),
        "organizations.edited");
  }

  public void withdraw() {
    act(
        "withdraw",
        () -> {
          OrganizationId organization = OrganizationInput.existing(withdrawnId);
          Violations v = new Violations();
          CantonCode code = v.parse("canton", () -> CantonCode.of(withdrawnCanton));
          FiscalYear last = OrganizationInput.year(v, "untilYear", lastYear);
          v.throwIfAny();
          accreditations.withdraw(callers.current(), organization, code, last);
        },
        "organizations.withdrawn");
  }

  public void suspend(String organization, boolean suspended) {
    act(
        null,
        () ->
            administration.suspend(
                callers.current(), OrganizationInput.existing(organization), suspended),
        suspended ? "organizations.suspended" : "organizations.reinstated");
  }

  public void accredit() {
    act(
        "accredit",
        () -> {
          OrganizationId organization = OrganizationInput.existing(accreditedId);
          Violations v = new Violations();
          CantonCode code = v.parse("canton", () -> CantonCode.of(canton));
          FiscalYear from = OrganizationInput.year(v, "fromYear", fromYear);
          v.throwIfAny();
          accreditations.accredit(callers.current(), organization, code, from);
        },
        "organizations.accredited");
  }

  private void act(String form, Runnable action, String done) {
    try {
      action.run();
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(done), null));
      current = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, form == null ? "list" : form, refusal);
    }
  }

  /** The last page's number (from 0), for "page 2 / 5". */
  public int getLastPage() {
    long total = getCurrent().total();
    return total == 0 ? 0 : (int) ((total - 1) / SIZE);
  }

  public boolean isHasNext() {
    return (long) (getCurrent().page() + 1) * SIZE < getCurrent().total();
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getPayoutReference() {
    return payoutReference;
  }

  public void setPayoutReference(String payoutReference) {
    this.payoutReference = payoutReference;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAccreditedId() {
    return accreditedId;
  }

  public void setAccreditedId(String accreditedId) {
    this.accreditedId = accreditedId;
  }

  public String getCanton() {
    return canton;
  }

  public void setCanton(String canton) {
    this.canton = canton;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public String getWithdrawnId() {
    return withdrawnId;
  }

  public void setWithdrawnId(String withdrawnId) {
    this.withdrawnId = withdrawnId;
  }

  public String getWithdrawnCanton() {
    return withdrawnCanton;
  }

  public void setWithdrawnCanton(String withdrawnCanton) {
    this.withdrawnCanton = withdrawnCanton;
  }

  public Integer getLastYear() {
    return lastYear;
  }

  public void setLastYear(Integer lastYear) {
    this.lastYear = lastYear;
  }
}
