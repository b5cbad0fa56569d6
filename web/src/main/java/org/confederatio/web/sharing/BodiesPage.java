package org.confederatio.web.sharing;

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
import org.confederatio.sharing.Bodies;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.faces.Refusals;

/**
 * Confederal bodies: every canton's memberships (public), the policy officer's join and leave
 * forms, the canton's settlements over the years. The administrator's settlements are {@link
 * SettlementsPage}.
 */
@Named
@RequestScoped
public class BodiesPage {

  @Inject private Bodies bodies;
  @Inject private Settlements settlements;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private FiscalCalendar calendar;

  @PostConstruct
  void thisYear() {
    fromYear = calendar.currentYear() + 1;
    lastYear = calendar.currentYear();
  }

  private List<Bodies.BodyView> all;
  private String body;
  private String rate;
  private Integer fromYear;
  private Integer lastYear;

  public List<Bodies.BodyView> getBodies() {
    if (all == null) {
      all = bodies.all();
    }
    return all;
  }

  public List<Settlements.View> getMine() {
    Caller caller = callers.current();
    return caller.canton().map(settlements::ofCanton).orElse(List.of());
  }

  public void join() {
    act(
        "join",
        () ->
            bodies.join(
                callers.current(),
                callers.current().canton().orElseThrow(),
                SharingInput.body(body),
                rate,
                Params.fiscalYear("fromYear", fromYear)),
        "Joined " + body);
  }

  public void leave() {
    act(
        "leave",
        () ->
            bodies.leave(
                callers.current(),
                callers.current().canton().orElseThrow(),
                SharingInput.body(body),
                Params.fiscalYear("lastYear", lastYear)),
        "Left " + body + " after " + lastYear);
  }

  private void act(String form, Runnable action, String done) {
    try {
      action.run();
      all = null;
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
    } catch (Refusal refusal) {
      Refusals.show(faces, form, refusal);
    }
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getRate() {
    return rate;
  }

  public void setRate(String rate) {
    this.rate = rate;
  }

  public Integer getFromYear() {
    return fromYear;
  }

  public void setFromYear(Integer fromYear) {
    this.fromYear = fromYear;
  }

  public Integer getLastYear() {
    return lastYear;
  }

  public void setLastYear(Integer lastYear) {
    this.lastYear = lastYear;
  }
}
