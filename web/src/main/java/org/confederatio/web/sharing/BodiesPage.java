package org.confederatio.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.sharing.Bodies;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.faces.Refusals;

/**
 * Confederal bodies: every canton's memberships (public), the policy officer's join and leave
 * forms, the canton's settlements over the years; and for the administrator, settling a body's
 * year.
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
    year = calendar.currentYear() - 1;
  }

  private List<Bodies.BodyView> all;
  private String body;
  private String rate;
  private Integer fromYear;
  private Integer lastYear;
  private Integer year;
  private Long settlement;
  private Settlements.View view;

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
                callers.current(), callers.current().canton().orElseThrow(), body, rate, fromYear),
        "Joined " + body);
  }

  public void leave() {
    act(
        "leave",
        () ->
            bodies.leave(
                callers.current(), callers.current().canton().orElseThrow(), body, lastYear),
        "Left " + body + " after " + lastYear);
  }

  public String settle() {
    try {
      Settlements.View settled = settlements.settle(callers.current(), body, year);
      return "/admin/settlements.xhtml?faces-redirect=true&settlement=" + settled.id();
    } catch (Refusal refusal) {
      Refusals.show(faces, "settle", refusal);
      return null;
    }
  }

  public String publish() {
    try {
      settlements.publish(callers.current(), settlement);
      return "/admin/settlements.xhtml?faces-redirect=true&settlement=" + settlement;
    } catch (Refusal refusal) {
      Refusals.show(faces, "publish", refusal);
      return null;
    }
  }

  public Settlements.View getView() {
    if (view == null && settlement != null) {
      try {
        view = settlements.view(settlement);
      } catch (Refusal refusal) {
        Refusals.show(faces, null, refusal);
      }
    }
    return view;
  }

  /** The members' net positions as an inline SVG bar chart, above or below the zero line. */
  public String getChart() {
    if (getView() == null || getView().lines().isEmpty()) {
      return "";
    }
    var lines = getView().lines();
    BigDecimal max =
        lines.stream()
            .map(l -> new BigDecimal(l.net()).abs())
            .max(BigDecimal::compareTo)
            .orElseThrow();
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int bar = 60;
    int half = 80;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg id=\"net\" role=\"img\""
                    + " aria-labelledby=\"net-title\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">"
                    + "<title id=\"net-title\">Net position per canton: received less contributed</title>",
                40 + lines.size() * (bar + 20),
                2 * half + 30));
    for (int i = 0; i < lines.size(); i++) {
      var l = lines.get(i);
      BigDecimal net = new BigDecimal(l.net());
      int h =
          net.abs()
              .multiply(BigDecimal.valueOf(half - 5))
              .divide(max, 0, java.math.RoundingMode.HALF_UP)
              .intValue();
      int x = 30 + i * (bar + 20);
      int y = net.signum() >= 0 ? half - h : half;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                  + "<title>%s: %s</title></rect><text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
              x,
              y,
              bar,
              h,
              net.signum() >= 0 ? "#2e7d32" : "#b4461a",
              l.canton(),
              l.net(),
              x,
              2 * half + 20,
              l.canton()));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"20\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>",
            half,
            40 + lines.size() * (bar + 20),
            half));
    return svg.append("</svg>").toString();
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

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Long getSettlement() {
    return settlement;
  }

  public void setSettlement(Long settlement) {
    this.settlement = settlement;
  }
}
