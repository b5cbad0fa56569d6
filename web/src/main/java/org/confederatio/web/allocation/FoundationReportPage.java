package org.confederatio.web.allocation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.report.FoundationReports;
import org.confederatio.web.faces.Chart;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * A foundation's page: its report as a table and as a chart of the amount received per year, one
 * series per canton (Chart.js, with the same figures as a table for those who cannot see it).
 */
@Named
@RequestScoped
public class FoundationReportPage {

  @Inject private FoundationReports reports;
  @Inject private Callers callers;
  @Inject private Formats formats;
  @Inject private Messages messages;
  @Inject private AllocationFigures figures;

  private FoundationReports.Report report;
  private Chart chart;

  public FoundationReports.Report getReport() {
    if (report == null) {
      Caller caller = callers.current();
      report = reports.report(caller, caller.organization().orElseThrow(), Optional.empty());
    }
    return report;
  }

  /** The amount per fiscal year, one series per canton; a year a canton paid nothing is a gap. */
  public Chart getChart() {
    if (chart == null) {
      List<FoundationReports.Line> lines = getReport().lines();
      List<Integer> years = List.copyOf(new TreeSet<>(lines.stream().map(l -> l.year()).toList()));
      List<String> cantons =
          List.copyOf(new TreeSet<>(lines.stream().map(FoundationReports.Line::canton).toList()));
      List<Chart.Series> series = new ArrayList<>();
      for (String canton : cantons) {
        List<BigDecimal> values = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (int year : years) {
          Optional<String> amount =
              lines.stream()
                  .filter(l -> l.year() == year && l.canton().equals(canton))
                  .map(FoundationReports.Line::amount)
                  .findFirst();
          values.add(amount.map(BigDecimal::new).orElse(null));
          text.add(amount.map(figures::money).orElse("–"));
        }
        series.add(new Chart.Series(figures.canton(canton), values, text));
      }
      chart =
          new Chart(
              "chart",
              "bar",
              messages.get("reports.chart.caption"),
              messages.get("reports.chart.x"),
              messages.format("reports.chart.y", formats.currency()),
              formats.locale().toLanguageTag(),
              years.stream().map(String::valueOf).toList(),
              series);
    }
    return chart;
  }
}
