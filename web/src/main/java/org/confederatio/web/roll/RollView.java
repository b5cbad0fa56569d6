package org.confederatio.web.roll;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.roll.RollPage;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.language.Messages;

/** The clerk's and policy officer's view of their canton's roll for a date, a page at a time. */
@Named
@RequestScoped
public class RollView {

  static final int SIZE = 100;

  @Inject private Rolls rolls;
  @Inject private Messages messages;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private FiscalCalendar calendar;

  private String date;
  private int page;
  private RollPage roll;
  private Map<String, String> names;

  @PostConstruct
  void today() {
    date = calendar.today().toString();
  }

  /** This page of the roll with the whole roll's counts, read once per request. */
  public RollPage getRoll() {
    if (roll == null) {
      try {
        Caller caller = callers.current();
        page = Math.max(0, page);
        roll =
            rolls.page(
                caller, caller.canton().orElseThrow(), Dates.parse("date", date), page, SIZE);
        if (page > roll.lastPage()) {
          // a page past the end (an old link to a roll that has since shrunk): its last page
          page = (int) roll.lastPage();
          roll =
              rolls.page(
                  caller, caller.canton().orElseThrow(), Dates.parse("date", date), page, SIZE);
        }
      } catch (Refusal refusal) {
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
      }
    }
    return roll;
  }

  public List<RollEntry> getEntries() {
    RollPage r = getRoll();
    return r == null ? List.of() : r.entries();
  }

  /** A person on this page of the roll as "name (id)"; an id the register lacks, as it is. */
  public String person(String personId) {
    if (names == null) {
      Caller caller = callers.current();
      names =
          rolls.names(
              caller,
              caller.canton().orElseThrow(),
              getEntries().stream().map(RollEntry::personId).toList());
    }
    String name = names.get(personId);
    return name == null ? personId : name + " (" + personId + ")";
  }

  /** A policy version's label in the reader's language. */
  public String version(String label) {
    return PolicyVersionWords.of(label, messages);
  }

  public int getLastPage() {
    RollPage r = getRoll();
    return r == null ? 0 : (int) r.lastPage();
  }

  public boolean isHasNext() {
    return getRoll() != null && roll.hasNext();
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
