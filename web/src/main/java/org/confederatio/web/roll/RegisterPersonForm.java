package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.residence.Person;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The clerk's form to register a person living in their canton, and to record a death. */
@Named
@RequestScoped
public class RegisterPersonForm {

  @Inject private ResidenceRegister register;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private String id;
  private String name;
  private String born;
  private String residentSince;
  private String nationality;
  private String deceasedId;
  private String diedOn;
  private Person.Summary registered;

  public void register() {
    try {
      Caller caller = callers.current();
      registered =
          register.register(
              caller,
              caller.canton().orElseThrow(),
              new ResidenceRegister.NewPerson(
                  id,
                  name,
                  date("born", born),
                  date("residentSince", residentSince),
                  nationality,
                  null));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              messages.get("register.done") + " " + registered.id(),
              null));
    } catch (Refusal refusal) {
      Refusals.show(faces, "person", refusal);
    }
  }

  public void recordDeath() {
    try {
      register.death(callers.current(), PersonAddress.of(deceasedId), Dates.parse("date", diedOn));
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("death.done"), null));
    } catch (Refusal refusal) {
      Refusals.show(faces, "death", refusal);
    }
  }

  private static LocalDate date(String field, String value) {
    return value == null || value.isBlank() ? null : Dates.parse(field, value);
  }

  public Person.Summary getRegistered() {
    return registered;
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

  public String getBorn() {
    return born;
  }

  public void setBorn(String born) {
    this.born = born;
  }

  public String getResidentSince() {
    return residentSince;
  }

  public void setResidentSince(String residentSince) {
    this.residentSince = residentSince;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getDeceasedId() {
    return deceasedId;
  }

  public void setDeceasedId(String deceasedId) {
    this.deceasedId = deceasedId;
  }

  public String getDiedOn() {
    return diedOn;
  }

  public void setDiedOn(String diedOn) {
    this.diedOn = diedOn;
  }
}
