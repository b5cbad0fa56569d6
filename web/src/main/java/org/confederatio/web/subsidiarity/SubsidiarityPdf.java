package org.confederatio.web.subsidiarity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.confederatio.report.PdfReport;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;

/**
 * The subsidiarity review as a PDF worth filing, in the requester's language: a header with the
 * canton on every page, each finding as a sentence with its facts and remedy in a two-column table,
 * the compliant functions as a table, and "page n of m" at the foot. Every line is measured against
 * its column and wrapped, so nothing runs off the page. DejaVu Sans Condensed (the fonts of ejb's
 * PdfReport, one copy in the EAR) is embedded because the standard PDF fonts lack Esperanto's
 * letters (ĉ, ĝ, ŭ...).
 */
final class SubsidiarityPdf implements AutoCloseable {

  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final float LABEL = 120;
  private static final float GAP = 10;
  private static final float SIZE = 9.5f;
  private static final float LEADING = 12.5f;

  private final PDDocument document = new PDDocument();
  private final ResourceBundle bundle;
  private final Locale locale;
  private final String header;
  private final PDFont regular;
  private final PDFont bold;
  private PDPageContentStream out;
  private float y;

  private SubsidiarityPdf(ResourceBundle bundle, Locale locale, String header) throws IOException {
    this.bundle = bundle;
    this.locale = locale;
    this.header = header;
    this.regular = font("DejaVuSansCondensed.ttf");
    this.bold = font("DejaVuSansCondensed-Bold.ttf");
  }

  /** The review of {@code cantonName} worded by {@code texts} and {@code bundle}. */
  static byte[] of(
      SubsidiarityReviews.ReviewView review,
      String cantonName,
      ResourceBundle bundle,
      Locale locale,
      FindingTexts texts) {
    String title = bundle.getString("subsidiarity.title") + " · " + cantonName;
    try (SubsidiarityPdf pdf = new SubsidiarityPdf(bundle, locale, title)) {
      return pdf.write(review, texts);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the subsidiarity PDF failed", e);
    }
  }

  private byte[] write(SubsidiarityReviews.ReviewView review, FindingTexts texts)
      throws IOException {
    document.getDocumentInformation().setTitle(header);
    document.getDocumentInformation().setCreator("Confederatio");
    newPage();
    paragraph(bold, 15, header);
    NumberFormat count = NumberFormat.getIntegerInstance(locale);
    paragraph(
        regular,
        SIZE,
        format(
            "subsidiarity.pdf.summary",
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(review.on()),
            count.format(review.functions()),
            count.format(review.candidacies()),
            count.format(review.requiredPrinciples())));
    y -= LEADING;
    paragraph(bold, 12, bundle.getString("subsidiarity.findings"));
    if (review.findings().isEmpty()) {
      paragraph(regular, SIZE, bundle.getString("subsidiarity.noFindings"));
    }
    DateTimeFormatter day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    for (SubsidiarityReviews.FindingView f : review.findings()) {
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {bundle.getString("subsidiarity.function"), f.functionName()});
      rows.add(new String[] {bundle.getString("subsidiarity.facts"), texts.facts(f.facts())});
      rows.add(
          new String[] {bundle.getString("subsidiarity.resolution"), texts.resolution(f.facts())});
      String state = bundle.getString("subsidiarity.state." + f.status());
      if (f.justification() != null) {
        state +=
            " · "
                + f.justification()
                + " ("
                + bundle.getString("subsidiarity.until")
                + " "
                + day.format(f.justifiedUntil())
                + ")";
      }
      rows.add(new String[] {bundle.getString("allocation.state"), state});
      block(texts.title(f.kind()), rows);
    }
    y -= LEADING;
    paragraph(bold, 12, bundle.getString("subsidiarity.compliant"));
    if (review.compliant().isEmpty()) {
      paragraph(regular, SIZE, bundle.getString("subsidiarity.noCompliant"));
    } else {
      row(
          bold,
          bundle.getString("subsidiarity.levelHeader"),
          bold,
          bundle.getString("subsidiarity.function"));
      for (FunctionRegister.Summary f : review.compliant()) {
        row(regular, bundle.getString("subsidiarity.level." + f.level()), regular, f.name());
      }
    }
    out.close();
    out = null;
    numberPages();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    document.save(bytes);
    return bytes.toByteArray();
  }

  /** A finding: its sentence in bold, then its rows, kept on one page when they fit on one. */
  private void block(String title, List<String[]> rows) throws IOException {
    float height = wrap(bold, SIZE + 1, title, WIDTH).size() * LEADING + 4;
    for (String[] r : rows) {
      height += rowHeight(r[0], r[1]);
    }
    if (y - height < MARGIN + LEADING && height < PDRectangle.A4.getHeight() - 3 * MARGIN) {
      newPage();
    }
    y -= 4;
    paragraph(bold, SIZE + 1, title);
    for (String[] r : rows) {
      row(bold, r[0], regular, r[1]);
    }
    y -= LEADING / 2;
  }

  private float rowHeight(String label, String value) throws IOException {
    int lines =
        Math.max(
            wrap(bold, SIZE, label, LABEL).size(),
            wrap(regular, SIZE, value, WIDTH - LABEL - GAP).size());
    return lines * LEADING;
  }

  /** One row of a two-column table: the label and the value, each wrapped in its column. */
  private void row(PDFont labelFont, String label, PDFont valueFont, String value)
      throws IOException {
    List<String> left = wrap(labelFont, SIZE, label, LABEL);
    List<String> right = wrap(valueFont, SIZE, value, WIDTH - LABEL - GAP);
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      room();
      if (i < left.size()) {
        text(labelFont, SIZE, MARGIN, y, left.get(i));
      }
      if (i < right.size()) {
        text(valueFont, SIZE, MARGIN + LABEL + GAP, y, right.get(i));
      }
      y -= LEADING;
    }
  }

  private void paragraph(PDFont font, float size, String text) throws IOException {
    for (String line : wrap(font, size, text, WIDTH)) {
      room();
      text(font, size, MARGIN, y, line);
      y -= size * 1.35f;
    }
  }

  private void room() throws IOException {
    if (y < MARGIN + LEADING) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (out != null) {
      out.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    out = new PDPageContentStream(document, page);
    float top = page.getMediaBox().getHeight() - MARGIN;
    // the running header: whose review this is, on every page
    text(regular, 8, MARGIN, top + 20, printable(regular, header));
    y = top;
  }

  /** "Page n of m" at the foot of every page, once the number of pages is known. */
  private void numberPages() throws IOException {
    int pages = document.getNumberOfPages();
    for (int i = 0; i < pages; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream foot =
          new PDPageContentStream(
              document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String text = format("subsidiarity.pdf.page", String.valueOf(i + 1), String.valueOf(pages));
        float width = regular.getStringWidth(text) / 1000 * 8;
        foot.beginText();
        foot.setFont(regular, 8);
        foot.newLineAtOffset(MARGIN + WIDTH - width, MARGIN / 2);
        foot.showText(text);
        foot.endText();
      }
    }
  }

  private void text(PDFont font, float size, float x, float at, String text) throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.newLineAtOffset(x, at);
    out.showText(text);
    out.endText();
  }

  /** The text in lines no wider than {@code width}: {@link PdfReport#wrap}, on one paragraph. */
  static List<String> wrap(PDFont font, float size, String text, float width) {
    return PdfReport.wrap(font, size, printable(font, text), width);
  }

  /**
   * Line breaks and tabs as spaces (a text from a person may hold them, a PDF line may not), and a
   * letter the font cannot draw (a name in a script DejaVu Sans lacks) as '?'.
   */
  private static String printable(PDFont font, String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.replaceAll("[\\r\\n\\t]+", " ")
        .strip()
        .codePoints()
        .forEach(
            c -> {
              String letter = new String(Character.toChars(c));
              try {
                font.encode(letter);
                out.append(letter);
              } catch (IOException | IllegalArgumentException missing) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  private PDFont font(String file) throws IOException {
    try (InputStream in =
        SubsidiarityPdf.class.getResourceAsStream("/org/confederatio/report/fonts/" + file)) {
      return PDType0Font.load(document, in);
    }
  }

  /** Closes the document whatever happened while writing it. */
  @Override
  public void close() throws IOException {
    if (out != null) {
      out.close();
    }
    document.close();
  }
}
