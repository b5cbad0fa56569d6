package org.confederatio.web.subsidiarity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.rules.api.subsidiarity.Finding;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.language.Languages;
import org.confederatio.web.language.Messages;

/**
 * The policy officer's review of their canton: the dashboard, the findings, and a justification
 * form.
 */
@Named
@RequestScoped
public class SubsidiarityPage {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private Languages languages;

  private SubsidiarityReviews.ReviewView review;
  private SubsidiarityReviews.Dashboard dashboard;
  private List<FindingAnswer> findings;
  private String finding;
  private String reason;
  private String until;

  public SubsidiarityReviews.ReviewView getReview() {
    if (review == null) {
      Caller caller = callers.current();
      review = reviews.review(caller, caller.canton().orElseThrow());
    }
    return review;
  }

  public SubsidiarityReviews.Dashboard getDashboard() {
    if (dashboard == null) {
      Caller caller = callers.current();
      dashboard = reviews.dashboard(caller, caller.canton().orElseThrow());
    }
    return dashboard;
  }

  /** The findings with their facts and remedies in the reader's language. */
  public List<FindingAnswer> getFindings() {
    if (findings == null) {
      FindingTexts texts = new FindingTexts(languages.getLocale());
      findings = getReview().findings().stream().map(f -> FindingAnswer.of(f, texts)).toList();
    }
    return findings;
  }

  public List<FindingAnswer> getOpen() {
    return getFindings().stream().filter(f -> f.status() == Finding.Status.OPEN).toList();
  }

  public void justify() {
    try {
      var day = Params.date("until", until);
      reviews.justify(callers.current(), finding, reason, day);
      // the finding by its rule and function, as the table names it: its id means nothing to a
      // reader
      String function =
          getReview().findings().stream()
              .filter(f -> f.id().equals(finding))
              .map(f -> f.rule() + " · " + f.functionName())
              .findFirst()
              .orElse(finding);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              messages.format("subsidiarity.justified", function, String.valueOf(day)),
              null));
      review = null;
      findings = null;
      dashboard = null;
      reason = null;
      until = null;
    } catch (Refusal refusal) {
      org.confederatio.web.faces.Refusals.show(faces, "justify", refusal);
    }
  }

  /** The trend as an inline SVG line chart of open, justified and resolved findings by day. */
  public String getTrend() {
    var days = getDashboard().trend();
    int width = 480;
    int height = 160;
    int max =
        Math.max(
            1,
            days.stream()
                .mapToInt(d -> Math.max(d.open(), Math.max(d.justified(), d.resolved())))
                .max()
                .orElse(1));
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg id=\"trend\" role=\"img\""
                    + " aria-labelledby=\"trend-title\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                    + " xmlns=\"http://www.w3.org/2000/svg\"><title id=\"trend-title\">%s</title>",
                width,
                height + 20,
                width,
                height + 20,
                // the same words as the figure's caption, in the reader's language
                messages.get("subsidiarity.trend").replace("&", "&amp;").replace("<", "&lt;")));
    String[] colours = {"#b4461a", "#1b5e91", "#2e7d32"};
    for (int series = 0; series < 3; series++) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < days.size(); i++) {
        var d = days.get(i);
        int value = series == 0 ? d.open() : series == 1 ? d.justified() : d.resolved();
        int x = days.size() == 1 ? width / 2 : 20 + i * (width - 40) / (days.size() - 1);
        int y = height - value * (height - 20) / max;
        points.append(x).append(',').append(y).append(' ');
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%d\" cy=\"%d\" r=\"3\" fill=\"%s\"/>",
                x,
                y,
                colours[series]));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>",
              colours[series],
              points.toString().strip()));
    }
    if (!days.isEmpty()) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"20\" y=\"%d\" font-size=\"11\">%s</text>",
              height + 16,
              days.get(0).on()));
    }
    return svg.append("</svg>").toString();
  }

  public String getFinding() {
    return finding;
  }

  public void setFinding(String finding) {
    this.finding = finding;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }
}
