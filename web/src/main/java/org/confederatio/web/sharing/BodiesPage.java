package org.confederatio.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.sharing.Bodies;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

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
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;
  @Inject private CantonRegistry cantons;

  private java.util.Map<String, String> cantonNames;

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
        messages.format("bodies.joined", bodyName(body)));
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
        messages.format("bodies.left", bodyName(body), String.valueOf(lastYear)));
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

  /** A rate as the service writes it ({@code 0.007}), as a percentage: {@code 0.7 %}. */
  public String rate(String fraction) {
    return fraction == null || fraction.isBlank()
        ? ""
        : formats.decimalRate(new BigDecimal(fraction));
  }

  /** An amount as the service writes it, with the currency, in the reader's locale. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  /** A body by its name, as registered. */
  public String bodyName(String id) {
    return getBodies().stream()
        .filter(b -> b.organization().equals(id))
        .map(Bodies.BodyView::name)
        .findFirst()
        .orElse(id);
  }

  /** A canton by its name, as registered, with its code. */
  public String cantonName(String code) {
    if (cantonNames == null) {
      cantonNames =
          cantons.all().stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      Canton.Summary::code, c -> c.name() + " (" + c.code() + ")"));
    }
    return cantonNames.getOrDefault(code, code);
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
