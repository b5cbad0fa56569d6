package org.confederatio.web.roll;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.roll.Election;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.roll.Roll;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The clerk's elections: freeze the roll for one, list them with their CSV, compare two (R6). */
@Named
@RequestScoped
public class ElectionsPage {

  @Inject private Rolls rolls;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;

  private String name;
  private String referenceDate;
  private Long from;
  private Long to;
  private List<Election.Summary> elections;
  private Roll.Diff diff;

  @PostConstruct
  void today() {
    referenceDate = calendar.today().toString();
  }

  public void freeze() {
    try {
      Caller caller = callers.current();
      Election.Summary frozen =
          rolls.freeze(
              caller,
              caller.canton().orElseThrow(),
              name,
              referenceDate == null || referenceDate.isBlank()
                  ? null
                  : Dates.parse("referenceDate", referenceDate));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              messages.get("elections.frozen") + " " + frozen.name(),
              null));
      name = null;
      elections = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, "freeze", refusal);
    }
  }

  public void compare() {
    if (from == null || to == null) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("elections.pickTwo"), null));
      return;
    }
    try {
      diff = rolls.diff(callers.current(), from, to);
    } catch (Refusal refusal) {
      Refusals.show(faces, "compare", refusal);
    }
  }

  public List<Election.Summary> getElections() {
    if (elections == null) {
      Caller caller = callers.current();
      elections = rolls.summaries(caller, caller.canton().orElseThrow());
    }
    return elections;
  }

  public Roll.Diff getDiff() {
    return diff;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getReferenceDate() {
    return referenceDate;
  }

  public void setReferenceDate(String referenceDate) {
    this.referenceDate = referenceDate;
  }

  public Long getFrom() {
    return from;
  }

  public void setFrom(Long from) {
    this.from = from;
  }

  public Long getTo() {
    return to;
  }

  public void setTo(Long to) {
    this.to = to;
  }
}
