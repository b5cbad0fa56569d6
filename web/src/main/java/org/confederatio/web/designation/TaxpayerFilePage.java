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
import org.confederatio.designation.Designations;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Refusal;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * A clerk's view of one taxpayer and year: the assessment, every designation with the one that
 * counts, and the forms to record an assessment or a paper designation. Opening it is audited.
 */
@Named
@ViewScoped
public class TaxpayerFilePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int FORM_ROWS = 3;

  @Inject private Designations designations;
  @Inject private Accreditations accreditations;
  @Inject private Callers callers;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;

  private String id;
  private int year;
  private Designations.TaxpayerFile file;
  private List<Organization.Summary> choosable = List.of();
  private String tax;
  private String madeOn;
  private List<ShareRow> rows = new ArrayList<>();

  @PostConstruct
  void thisYear() {
    year = calendar.currentYear();
  }

  /** Loads the file named by the view parameters (once per view). */
  public void load() {
    if (file != null || id == null) {
      return;
    }
    try {
      CantonCode canton = callers.current().canton().orElseThrow();
      file =
          designations.taxpayer(
              callers.current(),
              canton,
              CantonTaxpayersResource.taxpayer(id.strip()),
              fiscalYear());
      choosable = accreditations.choosableByName(canton, fiscalYear());
      tax = file.assessment() == null ? "" : file.assessment().tax();
      rows = new ArrayList<>();
      for (int i = 0; i < FORM_ROWS; i++) {
        rows.add(new ShareRow());
      }
    } catch (NotFound refusal) {
      error(messages.format("taxpayer.error.notFound", id.strip()));
    } catch (Refusal refusal) {
      // the services explain in English, for the API; the page says it in the reader's language
      error(messages.get("taxpayer.error.refused"));
    }
  }

  /** A stored amount ({@code 1234.50}) with the currency, as the reader's locale writes it. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  public void assess() {
    try {
      designations.assess(callers.current(), canton(), taxpayer(), fiscalYear(), tax);
      reload("taxpayer.assessed");
    } catch (Refusal refusal) {
      Refusals.show(FacesContext.getCurrentInstance(), "assessment", refusal);
    }
  }

  public void designate() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!DesignationMessages.check(faces, messages, formats, "paper", rows)) {
      return;
    }
    try {
      Long version = file.history().isEmpty() ? null : file.history().get(0).version();
      designations.designateFor(
          callers.current(),
          canton(),
          taxpayer(),
          fiscalYear(),
          new Designations.PaperForm(
              ShareRow.inputs(rows), Params.date("madeOn", madeOn), version));
      reload("taxpayer.designated");
    } catch (Refusal refusal) {
      DesignationMessages.show(faces, messages, "paper", rows, refusal);
    }
  }

  private void reload(String key) {
    file = null;
    load();
    madeOn = null;
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
  }

  private PersonId taxpayer() {
    return PersonId.of(file.person().id());
  }

  /** The year of the address, refused by name when it is not a fiscal year. */
  private FiscalYear fiscalYear() {
    return Violations.parseOrRefuse("year", () -> FiscalYear.of(year));
  }

  private CantonCode canton() {
    return callers.current().canton().orElseThrow();
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public Designations.TaxpayerFile getFile() {
    return file;
  }

  public List<Organization.Summary> getChoosable() {
    return choosable;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getTax() {
    return tax;
  }

  public void setTax(String tax) {
    this.tax = tax;
  }

  public String getMadeOn() {
    return madeOn;
  }

  public void setMadeOn(String madeOn) {
    this.madeOn = madeOn;
  }

  public List<ShareRow> getRows() {
    return rows;
  }
}
