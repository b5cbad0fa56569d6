package org.confederatio.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import org.confederatio.access.Callers;
import org.confederatio.designation.TaxpayerLists;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * The clerk's list of taxpayers: a search by name or id, and the designations that do not count.
 */
@Named
@RequestScoped
public class TaxpayersPage {

  static final int PAGE_SIZE = 20;

  @Inject private TaxpayerLists lists;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;
  @Inject private Messages messages;

  @PostConstruct
  void thisYear() {
    year = calendar.currentYear();
  }

  private String q = "";
  private int year;
  private int page;
  private int invalidPage;
  private TaxpayerLists.Page<TaxpayerLists.Found> found;
  private TaxpayerLists.Page<TaxpayerLists.NotCounting> notCounting;

  public TaxpayerLists.Page<TaxpayerLists.Found> getFound() {
    if (found == null) {
      try {
        var caller = callers.current();
        found =
            lists.search(
                caller,
                caller.canton().orElseThrow(),
                Violations.parseOrRefuse("year", () -> FiscalYear.of(year)),
                q,
                Math.max(0, page),
                PAGE_SIZE);
      } catch (Refusal refusal) {
        refused(refusal);
        found = new TaxpayerLists.Page<>(java.util.List.of(), 0, PAGE_SIZE, 0);
      }
    }
    return found;
  }

  public TaxpayerLists.Page<TaxpayerLists.NotCounting> getNotCounting() {
    if (notCounting == null) {
      try {
        var caller = callers.current();
        notCounting =
            lists.notCounting(
                caller,
                caller.canton().orElseThrow(),
                Violations.parseOrRefuse("year", () -> FiscalYear.of(year)),
                Math.max(0, invalidPage),
                PAGE_SIZE);
      } catch (Refusal refusal) {
        refused(refusal);
        notCounting = new TaxpayerLists.Page<>(java.util.List.of(), 0, PAGE_SIZE, 0);
      }
    }
    return notCounting;
  }

  /** How many pages the taxpayers found fill (at least one). */
  public long getFoundPages() {
    return Math.max(1, (getFound().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** How many pages the designations that do not count fill (at least one). */
  public long getInvalidPages() {
    return Math.max(1, (getNotCounting().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** A stored amount ({@code 1234.50}) with the currency, as the reader's locale writes it. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  public boolean isHasNext() {
    return (long) (getFound().page() + 1) * PAGE_SIZE < getFound().total();
  }

  /**
   * A refusal in the reader's language: the services explain in English, for the API. Both lists
   * are refused for the same reason (a year out of range), which is said once.
   */
  private void refused(Refusal refusal) {
    String key = refusal instanceof Invalid ? "taxpayers.error.year" : "taxpayers.error.refused";
    FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null);
    if (faces.getMessageList().stream()
        .noneMatch(m -> m.getSummary().equals(message.getSummary()))) {
      faces.addMessage(null, message);
    }
  }

  public boolean isHasNextInvalid() {
    return (long) (getNotCounting().page() + 1) * PAGE_SIZE < getNotCounting().total();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? "" : q;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public int getInvalidPage() {
    return invalidPage;
  }

  public void setInvalidPage(int invalidPage) {
    this.invalidPage = invalidPage;
  }
}
