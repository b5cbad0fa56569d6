package org.confederatio.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain text document as PDF (Apache PDFBox), a line at a time over as many A4 pages as needed.
 * Each line is {style, text}: style "B" bold, "M" monospace (digests), anything else regular.
 */
public final class PdfText {

  private static final float MARGIN = 50;
  private static final float LEADING = 14;
  private static final int WIDTH = 100;

  private PdfText() {}

  public static byte[] of(String title, List<String[]> text) {
    List<String[]> lines = new java.util.ArrayList<>();
    lines.add(new String[] {"B", title});
    for (String[] line : text) {
      String rest = line[1];
      do { // wrap long lines at the page width
        int cut =
            rest.length() <= WIDTH
                ? rest.length()
                : Math.max(rest.lastIndexOf(' ', WIDTH), WIDTH / 2);
        lines.add(new String[] {line[0], rest.substring(0, cut)});
        rest = rest.substring(cut).stripLeading();
      } while (!rest.isEmpty());
    }
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
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
            content.setFont(
                line[0].equals("B") ? bold : line[0].equals("M") ? mono : regular,
                line[0].equals("M") ? 8 : 10);
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
