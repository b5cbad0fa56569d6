package org.confederatio.web.allocation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.report.FoundationReports;

/** A foundation's page: its report as a table and as a chart of the amount by year and canton. */
@Named
@RequestScoped
public class FoundationReportPage {

  private static final String[] COLOURS = {
    "#1b5e91", "#b4461a", "#2e7d32", "#6a3d9a", "#8d6e00", "#00695c"
  };

  @Inject private FoundationReports reports;
  @Inject private Callers callers;

  private FoundationReports.Report report;

  public FoundationReports.Report getReport() {
    if (report == null) {
      Caller caller = callers.current();
      report = reports.report(caller, caller.organization().orElseThrow(), Optional.empty());
    }
    return report;
  }

  /**
   * An inline SVG bar chart: one group of bars per year, one bar per canton. Its title and the
   * table beside it carry the same figures for those who cannot see it.
   */
  public String getChart() {
    List<FoundationReports.Line> lines = getReport().lines();
    if (lines.isEmpty()) {
      return "";
    }
    List<Integer> years =
        new TreeSet<>(lines.stream().map(FoundationReports.Line::year).toList()).stream().toList();
    List<String> cantons =
        new TreeSet<>(lines.stream().map(FoundationReports.Line::canton).toList())
            .stream().toList();
    BigDecimal max =
        lines.stream()
            .map(l -> new BigDecimal(l.amount()))
            .max(BigDecimal::compareTo)
            .orElseThrow();
    if (max.signum() == 0) {
      max = BigDecimal.ONE;
    }
    int bar = 24;
    int group = cantons.size() * bar + 24;
    int height = 200;
    int width = 60 + years.size() * group + 120;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg id=\"chart\" role=\"img\" aria-labelledby=\"chart-title\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">",
            width,
            height + 40,
            width,
            height + 40));
    svg.append("<title id=\"chart-title\">Amount received by year and canton</title>");
    for (int y = 0; y < years.size(); y++) {
      int x0 = 60 + y * group;
      for (int c = 0; c < cantons.size(); c++) {
        final int year = years.get(y);
        final String canton = cantons.get(c);
        BigDecimal amount =
            lines.stream()
                .filter(l -> l.year() == year && l.canton().equals(canton))
                .map(l -> new BigDecimal(l.amount()))
                .findFirst()
                .orElse(BigDecimal.ZERO);
        int h =
            amount
                .multiply(BigDecimal.valueOf(height - 20))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %d: %s</title></rect>",
                x0 + c * bar,
                height - h,
                bar - 4,
                h,
                COLOURS[c % COLOURS.length],
                canton,
                year,
                amount.toPlainString()));
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"12\">%d</text>",
              x0,
              height + 16,
              years.get(y)));
    }
    for (int c = 0; c < cantons.size(); c++) {
      int x = 60 + years.size() * group + 10;
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>",
              x,
              10 + c * 18,
              COLOURS[c % COLOURS.length],
              x + 18,
              21 + c * 18,
              cantons.get(c)));
    }
    svg.append(
        String.format(
            Locale.ROOT, "<text x=\"0\" y=\"12\" font-size=\"12\">%s</text>", max.toPlainString()));
    return svg.append("</svg>").toString();
  }
}
