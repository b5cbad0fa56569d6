package org.confederatio.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.confederatio.access.Callers;
import org.confederatio.designation.TaxpayerLists;
import org.confederatio.failure.Refusal;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.time.FiscalCalendar;

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
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
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
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        notCounting = new TaxpayerLists.Page<>(java.util.List.of(), 0, PAGE_SIZE, 0);
      }
    }
    return notCounting;
  }

  public boolean isHasNext() {
    return (long) (getFound().page() + 1) * PAGE_SIZE < getFound().total();
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
