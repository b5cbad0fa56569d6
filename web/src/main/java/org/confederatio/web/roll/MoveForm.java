package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.failure.Violations;
import org.confederatio.residence.Person;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The clerk's form for a move into or out of their canton (R1). */
@Named
@RequestScoped
public class MoveForm {

  static final String ABROAD = "";

  @Inject private ResidenceRegister register;
  @Inject private CantonRegistry cantons;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private String personId;
  private String canton = ABROAD;
  private String date;
  private String born;
  private Person.Summary result;

  public List<Canton.Summary> getCantons() {
    return cantons.all();
  }

  public void submit() {
    try {
      Optional<CantonCode> to =
          canton == null || canton.isEmpty()
              ? Optional.empty()
              : Optional.of(Violations.parseOrRefuse("canton", () -> CantonCode.of(canton)));
      result =
          register.move(
              callers.current(),
              PersonAddress.of(personId),
              to,
              Dates.parse("date", date),
              born == null || born.isBlank()
                  ? Optional.empty()
                  : Optional.of(Dates.parse("born", born)));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("moves.recorded"), null));
    } catch (Refusal refusal) {
      Refusals.show(faces, "move", refusal);
    }
  }

  public Person.Summary getResult() {
    return result;
  }

  public String getPersonId() {
    return personId;
  }

  public void setPersonId(String personId) {
    this.personId = personId;
  }

  public String getCanton() {
    return canton;
  }

  public void setCanton(String canton) {
    this.canton = canton;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getBorn() {
    return born;
  }

  public void setBorn(String born) {
    this.born = born;
  }
}
