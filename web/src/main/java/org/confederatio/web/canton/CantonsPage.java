package org.confederatio.web.canton;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The cantons page: the list, and the administrator's registration form. */
@Named
@RequestScoped
public class CantonsPage {

  @Inject private CantonRegistry cantons;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private String code;
  private String name;
  private List<Canton.Summary> all;

  public List<Canton.Summary> getCantons() {
    if (all == null) {
      all = cantons.all();
    }
    return all;
  }

  public void register() {
    try {
      Canton.Summary created =
          cantons.register(callers.current(), new CantonRegistry.NewCanton(code, name));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              messages.get("cantons.registered") + " " + created.code(),
              null));
      code = null;
      name = null;
      all = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, "register", refusal);
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
