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
import org.confederatio.roll.Election;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.roll.Roll;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Formats;
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
  @Inject private Formats formats;

  private String name;
  private String referenceDate;
  private Long from;
  private Long to;
  private List<Election.Summary> elections;
  private Roll.Diff diff;
  private Map<String, String> names;

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
              messages.format(
                  "elections.frozenNamed",
                  frozen.name(),
                  formats.date(frozen.referenceDate()),
                  formats.count(frozen.eligible())),
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

  /** A person of the comparison as "name (id)"; an id the register lacks, as it is. */
  public String person(String personId) {
    if (names == null) {
      Caller caller = callers.current();
      names =
          diff == null
              ? Map.of()
              : rolls.names(
                  caller,
                  caller.canton().orElseThrow(),
                  java.util.stream.Stream.concat(diff.added().stream(), diff.removed().stream())
                      .map(Roll.Change::personId)
                      .toList());
    }
    String name = names.get(personId);
    return name == null ? personId : name + " (" + personId + ")";
  }

  /** A policy version's label in the reader's language. */
  public String version(String label) {
    return PolicyVersionWords.of(label, messages);
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
