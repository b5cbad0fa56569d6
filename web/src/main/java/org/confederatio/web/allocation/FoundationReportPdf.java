package org.confederatio.web.allocation;

import java.math.BigDecimal;
import java.net.URI;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.confederatio.report.FoundationReports;
import org.confederatio.report.PdfReport;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * A foundation's report as a PDF to file: headed with the organization, its period and total, one
 * table row per canton and year, then each run's digest with the address (and QR code) where anyone
 * can verify it. Words come from the bundles of the requester's language and figures are written as
 * that language writes them (as {@code Formats} does for pages, which needs a Faces request this
 * download does not have).
 *
 * @param locale the language of the page the link was on
 * @param currency the confederation's currency ({@code confederatio.currency})
 * @param verify the address of {@code /api/verify/} for a digest
 * @param cantonName a canton's registered name for its code
 */
record FoundationReportPdf(
    Locale locale,
    String currency,
    ZoneId zone,
    Function<String, URI> verify,
    Function<String, String> cantonName) {

  byte[] of(FoundationReports.Report report, LocalDate generatedOn) {
    ResourceBundle words = ResourceBundle.getBundle(Messages.BUNDLE, locale);
    PdfReport pdf = new PdfReport(report.name(), words.getString("pdf.report.title"));
    pdf.facts(
        List.of(
            new String[] {words.getString("pdf.report.organization"), report.name()},
            new String[] {
              words.getString("pdf.report.period"),
              report.firstYear() == null
                  ? words.getString("pdf.report.periodNone")
                  : format(words, "pdf.report.periodRange", report.firstYear(), report.lastYear())
            },
            new String[] {words.getString("pdf.report.total"), money(report.total())},
            new String[] {words.getString("pdf.report.generated"), date(generatedOn)}));
    if (report.lines().isEmpty()) {
      pdf.paragraph(words.getString("pdf.report.empty"));
    } else {
      pdf.table(columns(words), rows(words, report));
      pdf.paragraph(words.getString("pdf.report.note"));
      pdf.heading(words.getString("pdf.report.digests"));
      pdf.paragraph(words.getString("pdf.report.verify"));
      for (FoundationReports.Line l : report.lines()) {
        String label =
            cantonName.apply(l.canton())
                + " "
                + l.year()
                + " · "
                + words.getString("allocation.run")
                + " "
                + l.run();
        pdf.qr(
            label,
            words.getString("allocation.digest") + " " + l.digest(),
            verify.apply(l.digest()).toString());
      }
    }
    return pdf.bytes((page, count) -> format(words, "pdf.page", page, count));
  }

  private static List<PdfReport.Column> columns(ResourceBundle words) {
    return List.of(
        new PdfReport.Column(words.getString("designation.canton"), 1.4f, false),
        new PdfReport.Column(words.getString("taxpayers.year"), 0.95f, false),
        new PdfReport.Column(words.getString("allocation.amount"), 1.3f, true),
        new PdfReport.Column(words.getString("allocation.choosers"), 1.1f, true),
        new PdfReport.Column(words.getString("allocation.undesignatedShare"), 1.6f, true),
        new PdfReport.Column(words.getString("allocation.cap"), 1.2f, true),
        new PdfReport.Column(words.getString("allocation.run"), 1.8f, false));
  }

  private List<List<String>> rows(ResourceBundle words, FoundationReports.Report report) {
    List<List<String>> rows = new ArrayList<>();
    for (FoundationReports.Line l : report.lines()) {
      String run =
          format(
              words,
              "reports.published",
              l.run(),
              date(l.publishedAt() == null ? null : l.publishedAt().atZone(zone).toLocalDate()));
      if (l.replaces() != null) {
        run +=
            "\n"
                + format(
                    words,
                    "reports.replaced",
                    l.replaces().run(),
                    money(l.replaces().amount()),
                    l.replaces().reason() == null ? "" : l.replaces().reason());
      }
      rows.add(
          List.of(
              cantonName.apply(l.canton()),
              Integer.toString(l.year()),
              money(l.amount()),
              count(words, l.choosers()),
              money(l.undesignatedShare()),
              money(l.capAdjustment()),
              run));
    }
    return rows;
  }

  private String format(ResourceBundle words, String key, Object... arguments) {
    return new MessageFormat(words.getString(key), locale).format(arguments);
  }

  String money(String plain) {
    return plain == null || plain.isBlank()
        ? ""
        : Formats.moneyIn(locale, currency, new BigDecimal(plain));
  }

  /** A count, or the service's "fewer than 5" in the reader's words. */
  private String count(ResourceBundle words, String count) {
    if (count.chars().allMatch(Character::isDigit)) {
      return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(count));
    }
    String smallest = count.replaceAll("\\D", "");
    return format(
        words, "allocation.fewerThan", smallest.isEmpty() ? 5 : Integer.parseInt(smallest));
  }

  private String date(LocalDate day) {
    return Formats.dateIn(locale, day);
  }
}
