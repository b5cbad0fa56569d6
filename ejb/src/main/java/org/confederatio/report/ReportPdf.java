package org.confederatio.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A foundation's report as a PDF (Apache PDFBox): the organization, the period, each canton's year
 * with its amount and the digest of the run in force it comes from (and of the run a correction
 * replaced), so that anyone can check both at {@code /api/verify/{digest}}.
 */
public final class ReportPdf {

  private ReportPdf() {}

  public static byte[] of(FoundationReports.Report report, LocalDate generatedOn) {
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"", "Organization: " + report.name() + " (" + report.organization() + ")"});
    lines.add(
        new String[] {
          "",
          "Period: "
              + (report.firstYear() == null
                  ? "no published allocation yet"
                  : report.firstYear() + " to " + report.lastYear())
        });
    lines.add(new String[] {"", "Total: " + report.total() + "   Generated: " + generatedOn});
    lines.add(new String[] {"", ""});
    for (FoundationReports.Line l : report.lines()) {
      lines.add(new String[] {"B", l.canton() + " " + l.year() + ": " + l.amount()});
      lines.add(
          new String[] {
            "",
            "  choosers "
                + l.choosers()
                + ", expressed "
                + l.expressed()
                + ", undesignated share "
                + l.undesignatedShare()
                + ", cap adjustment "
                + l.capAdjustment()
          });
      lines.add(new String[] {"", "  run " + l.run() + ", published " + l.publishedAt()});
      lines.add(new String[] {"M", "  digest " + l.digest()});
      if (l.replaces() != null) {
        lines.add(
            new String[] {
              "",
              "  corrects run "
                  + l.replaces().run()
                  + " (amount there "
                  + l.replaces().amount()
                  + "): "
                  + l.replaces().reason()
            });
        lines.add(new String[] {"M", "  replaced digest " + l.replaces().digest()});
      }
    }
    lines.add(new String[] {"", ""});
    lines.add(
        new String[] {
          "",
          "Counts below 5 are shown as \"fewer than 5\". Check a digest at /api/verify/{digest}."
        });
    return PdfText.of("Confederatio: allocation report", lines);
  }
}
