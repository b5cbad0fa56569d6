package org.confederatio.web.sharing;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Refusal;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.sharing.Bodies;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.faces.Chart;
import org.confederatio.web.faces.Publication;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * The administrator's settlements: settle a body's year, look at a settlement with its net
 * positions, and publish it after a confirmation, with a reason when it corrects the settlement in
 * force (A12).
 *
 * <p>View-scoped for the same reason as the allocation page: the settlement shown must be known
 * while the Publish button's post is decoded, or the click is dropped without a word.
 */
@Named
@ViewScoped
public class SettlementsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Bodies bodies;
  @Inject private Settlements settlements;
  @Inject private Callers callers;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private Formats formats;

  private String body;
  private Integer year;
  private Long settlement;
  private final Publication publication = new Publication();
  private transient Settlements.View view;
  private transient Settlements.View inForce;
  private transient List<Bodies.BodyView> all;
  private transient Chart chart;

  @PostConstruct
  void lastYear() {
    year = calendar.currentYear() - 1;
  }

  public List<Bodies.BodyView> getBodies() {
    if (all == null) {
      all = bodies.all();
    }
    return all;
  }

  /** A body's registered name: its id means nothing to a reader. */
  public String bodyName(String organization) {
    return getBodies().stream()
        .filter(b -> b.organization().equals(organization))
        .map(Bodies.BodyView::name)
        .findFirst()
        .orElse(organization);
  }

  public String settle() {
    try {
      Settlements.View settled =
          settlements.settle(
              callers.current(), SharingInput.body(body), SharingInput.yearSoFar(year, calendar));
      return "/admin/settlements.xhtml?faces-redirect=true&settlement=" + settled.id();
    } catch (Conflict conflict) {
      // no members that year, or a member without residents: the service's sentence is English
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  messages.format("settlements.refused", bodyName(body), String.valueOf(year)),
                  null));
      return null;
    } catch (Refusal refusal) {
      Refusals.show(FacesContext.getCurrentInstance(), "settle", refusal);
      return null;
    }
  }

  public Settlements.View getView() {
    if (view == null && settlement != null) {
      try {
        view = settlements.view(callers.current(), settlement);
      } catch (Refusal refusal) {
        error(refusal);
        settlement = null;
      }
    }
    return view;
  }

  /** The settlement in force of the shown one's body and year, if it is another (A12). */
  public Settlements.View getInForce() {
    if (inForce == null && getView() != null) {
      inForce =
          settlements
              .inForce(OrganizationId.of(getView().body()), FiscalYear.of(getView().year()))
              .filter(s -> s.id() != getView().id())
              .orElse(null);
    }
    return inForce;
  }

  public String confirmPublish() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      Settlements.View seen = getInForce();
      Settlements.View done =
          settlements.publish(
              callers.current(),
              settlement,
              publication.getReason(),
              seen == null ? null : seen.id());
      String text =
          done.replaces() == null
              ? MessageFormat.format(
                  messages.get("settlements.published.first"),
                  Long.toString(done.id()),
                  bodyName(done.body()),
                  Integer.toString(done.year()))
              : MessageFormat.format(
                  messages.get("settlements.published.correction"),
                  Long.toString(done.id()),
                  bodyName(done.body()),
                  Integer.toString(done.year()),
                  Long.toString(done.replaces().settlement()));
      Publication.published(faces, text);
      return "/admin/settlements.xhtml?faces-redirect=true&settlement=" + done.id();
    } catch (Refusal refusal) {
      // another settlement may have come into force meanwhile: read both again
      view = null;
      inForce = null;
      chart = null;
      Settlements.View inForce = getInForce();
      String required =
          inForce == null
              ? null
              : messages.format(
                  "settlements.reason.required",
                  Long.toString(inForce.id()),
                  bodyName(inForce.body()),
                  Integer.toString(inForce.year()));
      publication.refused(faces, "publish", refusal, required, messages);
      return null;
    }
  }

  /** A settlement the caller may not read, or that does not exist, said in their language. */
  private void error(Refusal refusal) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                messages.format("settlements.unreadable", String.valueOf(settlement)),
                null));
  }

  /**
   * The members' net positions (received less contributed) as a bar chart: one bar per canton,
   * above or below zero, with the currency on the vertical axis.
   */
  public Chart getChart() {
    if (chart == null) {
      chart = chart(getView() == null ? List.of() : getView().lines());
    }
    return chart;
  }

  private Chart chart(List<Settlements.LineView> lines) {
    List<BigDecimal> values = lines.stream().map(l -> new BigDecimal(l.net())).toList();
    return new Chart(
        "net",
        "bar",
        messages.get("settlements.chart.caption"),
        messages.get("designation.canton"),
        messages.format("settlements.chart.net", formats.currency()),
        formats.locale().toLanguageTag(),
        lines.stream().map(Settlements.LineView::canton).toList(),
        List.of(
            new Chart.Series(
                messages.get("bodies.net"),
                values,
                values.stream().map(formats::decimalMoney).toList())));
  }

  /** An amount the settlement carries as plain text ({@code 1234.56}), with the currency. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  /** A membership's rate, a fraction of one as plain text ({@code 0.007}), as a percentage. */
  public String rate(String rate) {
    return rate == null || rate.isBlank() ? "" : formats.decimalRate(new BigDecimal(rate));
  }

  /** A percentage the settlement carries as plain text ({@code 97.35}), in the page's locale. */
  public String percent(String percent) {
    return percent == null || percent.isBlank()
        ? ""
        : formats.decimalRate(new BigDecimal(percent).movePointLeft(2));
  }

  public Publication getPublication() {
    return publication;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
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
