package org.confederatio.web.subsidiarity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Refusal;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.Finding;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.faces.Chart;
import org.confederatio.web.language.Formats;
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
  @Inject private Formats formats;
  @Inject private OrganizationRegistry organizations;
  @Inject private CantonRegistry cantons;

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

  /** The canton reviewed, by its registered name. */
  public String getCantonName() {
    return cantons.find(callers.current().canton().orElseThrow()).name();
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
      FindingTexts texts = new FindingTexts(languages.getLocale(), this::organizationName);
      findings = getReview().findings().stream().map(f -> FindingAnswer.of(f, texts)).toList();
    }
    return findings;
  }

  /** An organization by its registered name; its id only if it is no longer registered. */
  private String organizationName(OrganizationId id) {
    try {
      return organizations.find(id).name();
    } catch (NotFound gone) {
      return id.value();
    }
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
          getFindings().stream()
              .filter(f -> f.id().equals(finding))
              .map(this::label)
              .findFirst()
              .orElse(finding);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              messages.format("subsidiarity.justified", function, formats.date(day)),
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

  /** A dashboard figure: how many functions a level runs, in words and formatted. */
  public record LevelCount(Level level, String label, String count) {}

  /** The functions by the level that runs them, each with its count (zero included). */
  public List<LevelCount> getLevels() {
    return Arrays.stream(Level.values())
        .map(
            level ->
                new LevelCount(
                    level,
                    messages.get("subsidiarity.level." + level.name()),
                    formats.count(getDashboard().functionsByLevel().getOrDefault(level, 0L))))
        .toList();
  }

  /** The trend: findings per reviewed day by where they stand, as a line chart. */
  public Chart getChart() {
    var days = getDashboard().trend();
    List<String> categories = days.stream().map(d -> formats.date(d.on())).toList();
    List<Chart.Series> series =
        List.of(
            series("subsidiarity.status.OPEN", days.stream().map(d -> d.open()).toList()),
            series("subsidiarity.status.JUSTIFIED", days.stream().map(d -> d.justified()).toList()),
            series("subsidiarity.resolved", days.stream().map(d -> d.resolved()).toList()));
    return new Chart(
        "trend",
        "line",
        messages.get("subsidiarity.trend"),
        messages.get("subsidiarity.trendDay"),
        messages.get("subsidiarity.trendCount"),
        languages.getTag(),
        categories,
        series);
  }

  private Chart.Series series(String key, List<Integer> counts) {
    return new Chart.Series(
        messages.get(key),
        counts.stream().map(BigDecimal::valueOf).toList(),
        counts.stream().map(n -> formats.count(n)).toList());
  }

  /** A finding as a sentence, the function's name after it: the form's choices and messages. */
  public String label(FindingAnswer f) {
    return f.title() + " · " + f.functionName();
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
