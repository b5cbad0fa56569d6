package org.confederatio.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A foundation's report as a PDF (Apache PDFBox): the organization, the period, each canton's year
 * with its amount and the digest of the published run it comes from, so that anyone can check it
 * at {@code /api/verify/{digest}}.
 */
public final class ReportPdf {

  private static final float MARGIN = 50;
  private static final float LEADING = 14;

  private ReportPdf() {}

  public static byte[] of(FoundationReports.Report report) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"B", "Confederatio: allocation report"});
    lines.add(new String[] {"", "Organization: " + report.name() + " (" + report.organization() + ")"});
    lines.add(new String[] {"", "Period: " + (report.firstYear() == null ? "no published allocation yet"
        : report.firstYear() + " to " + report.lastYear())});
    lines.add(new String[] {"", "Total: " + report.total() + "   Generated: " + LocalDate.now()});
    lines.add(new String[] {"", ""});
    for (FoundationReports.Line l : report.lines()) {
      lines.add(new String[] {"B", l.canton() + " " + l.year() + ": " + l.amount()});
      lines.add(new String[] {"", "  choosers " + l.choosers() + ", expressed " + l.expressed() + ", undesignated share "
          + l.undesignatedShare() + ", cap adjustment " + l.capAdjustment()});
      lines.add(new String[] {"", "  run " + l.run() + ", published " + l.publishedAt()});
      lines.add(new String[] {"M", "  digest " + l.digest()});
    }
    lines.add(new String[] {"", ""});
    lines.add(new String[] {"", "Counts below 5 are shown as \"fewer than 5\". Check a digest at /api/verify/{digest}."});
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Allocation report of " + report.organization());
      info.setCreator("Confederatio");
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER);
      int i = 0;
      while (i < lines.size()) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.newLineAtOffset(MARGIN, page.getMediaBox().getHeight() - MARGIN);
          float y = page.getMediaBox().getHeight() - MARGIN;
          while (i < lines.size() && y > MARGIN) {
            String[] line = lines.get(i++);
            content.setFont(line[0].equals("B") ? bold : line[0].equals("M") ? mono : regular, line[0].equals("M") ? 8 : 10);
            content.showText(latin1(line[1]));
            content.newLineAtOffset(0, -LEADING);
            y -= LEADING;
          }
          content.endText();
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing the PDF report failed", e);
    }
  }

  /** The standard fonts cover Latin-1; anything else (a name in another script) shows as '?'. */
  private static String latin1(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.append(c < 256 && c >= 32 ? (char) c : '?'));
    return out.toString();
  }
}
