package org.confederatio.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A document worth filing, as PDF (Apache PDFBox): a header naming who issues it, facts,
 * paragraphs, tables with ruled columns that continue (with their header) on the next page, QR
 * codes beside the addresses they encode, and "Page 1 of 3" at the foot of every page. Every text
 * is measured and wrapped to its box, so nothing runs off the page. The caller gives every word
 * already in the reader's language and every figure already formatted for it.
 *
 * <p>The fonts are DejaVu Sans Condensed and DejaVu Sans Mono, embedded as subsets: the PDF
 * standard fonts cover only Latin-1, without Esperanto's ĉ, ĝ, ŝ...
 */
public final class PdfReport {

  /** A table column: its heading, its share of the width, and whether it holds figures. */
  public record Column(String header, float weight, boolean numeric) {}

  private static final PDRectangle SIZE = PDRectangle.A4;
  private static final float MARGIN = 50;
  private static final float TOP = SIZE.getHeight() - MARGIN;
  private static final float BOTTOM = MARGIN + 24; // room for the page number
  private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
  private static final float PAD = 4;
  private static final float QR_SIZE = 64;

  private final PDDocument document = new PDDocument();
  private final PDFont regular;
  private final PDFont bold;
  private final PDFont mono;
  private final String issuer;
  private final String title;
  private PDPageContentStream content;
  private float y;
  private boolean footing;

  /** {@code issuer}: the canton or organization the document is about, named in its header. */
  public PdfReport(String issuer, String title) {
    this.issuer = issuer;
    this.title = title;
    try {
      regular = font("DejaVuSansCondensed.ttf");
      bold = font("DejaVuSansCondensed-Bold.ttf");
      mono = font("DejaVuSansMono.ttf");
      document.getDocumentInformation().setTitle(issuer + " · " + title);
      document.getDocumentInformation().setCreator("Confederatio");
      newPage();
      text(bold, 16, issuer, MARGIN, WIDTH, false);
      text(regular, 13, title, MARGIN, WIDTH, false);
      y -= 4;
      rule(MARGIN, MARGIN + WIDTH, y, 1f);
      y -= 12;
    } catch (IOException e) {
      throw new UncheckedIOException("starting a PDF document failed", e);
    }
  }

  private PDFont font(String name) throws IOException {
    try (InputStream in = PdfReport.class.getResourceAsStream("fonts/" + name)) {
      return PDType0Font.load(document, in);
    }
  }

  /** Label and value pairs, the labels in bold, in two aligned columns. */
  public PdfReport facts(List<String[]> pairs) {
    float labels = 0;
    for (String[] pair : pairs) {
      labels = Math.max(labels, width(bold, 10, pair[0]));
    }
    labels = Math.min(labels + 12, WIDTH / 3);
    for (String[] pair : pairs) {
      List<String> value = wrap(regular, 10, pair[1], WIDTH - labels);
      List<String> label = wrap(bold, 10, pair[0], labels - 8);
      float height = Math.max(value.size(), label.size()) * 13;
      room(height);
      float top = y;
      text(bold, 10, pair[0], MARGIN, labels - 8, false);
      y = top;
      text(regular, 10, pair[1], MARGIN + labels, WIDTH - labels, false);
      y = Math.min(y, top - height);
    }
    y -= 8;
    return this;
  }

  public PdfReport heading(String text) {
    room(40);
    y -= 6;
    text(bold, 12, text, MARGIN, WIDTH, false);
    y -= 2;
    return this;
  }

  public PdfReport paragraph(String text) {
    text(regular, 9, text, MARGIN, WIDTH, false);
    y -= 6;
    return this;
  }

  /** A table with ruled rows and columns; rows that do not fit start a page, header repeated. */
  public PdfReport table(List<Column> columns, List<List<String>> rows) {
    float total = (float) columns.stream().mapToDouble(Column::weight).sum();
    float[] widths = new float[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = WIDTH * columns.get(c).weight() / total;
    }
    List<String> headers = columns.stream().map(Column::header).toList();
    row(columns, widths, headers, true);
    for (List<String> cells : rows) {
      if (room(height(widths, cells, false))) {
        row(columns, widths, headers, true);
      }
      row(columns, widths, cells, false);
    }
    y -= 10;
    return this;
  }

  private float height(float[] widths, List<String> cells, boolean header) {
    int lines = 1;
    for (int c = 0; c < widths.length; c++) {
      lines =
          Math.max(
              lines, wrap(header ? bold : regular, 9, cells.get(c), widths[c] - 2 * PAD).size());
    }
    return lines * 11.5f + 2 * PAD;
  }

  private void row(List<Column> columns, float[] widths, List<String> cells, boolean header) {
    float height = height(widths, cells, header);
    room(height);
    float top = y;
    try {
      if (header) {
        content.setNonStrokingColor(0.92f, 0.93f, 0.95f);
        content.addRect(MARGIN, top - height, WIDTH, height);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
      }
      float x = MARGIN;
      for (int c = 0; c < widths.length; c++) {
        y = top - PAD;
        text(
            header ? bold : regular,
            9,
            cells.get(c),
            x + PAD,
            widths[c] - 2 * PAD,
            columns.get(c).numeric());
        x += widths[c];
      }
      content.setLineWidth(0.5f);
      content.setStrokingColor(0.55f, 0.57f, 0.6f);
      content.addRect(MARGIN, top - height, WIDTH, height);
      x = MARGIN;
      for (int c = 0; c < widths.length - 1; c++) {
        x += widths[c];
        content.moveTo(x, top);
        content.lineTo(x, top - height);
      }
      content.stroke();
      content.setStrokingColor(0f, 0f, 0f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = top - height;
  }

  /**
   * A QR code of {@code address}, with {@code label}, a {@code detail} in monospace (a digest) and
   * the address itself beside it.
   */
  public PdfReport qr(String label, String detail, String address) {
    room(QR_SIZE + 8);
    float top = y;
    try {
      BitMatrix matrix =
          new QRCodeWriter()
              .encode(address, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
      float module = QR_SIZE / matrix.getWidth();
      for (int row = 0; row < matrix.getHeight(); row++) {
        for (int col = 0; col < matrix.getWidth(); col++) {
          if (matrix.get(col, row)) {
            content.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
          }
        }
      }
      content.fill();
    } catch (WriterException | IOException e) {
      throw new IllegalStateException("drawing a QR code failed", e);
    }
    float x = MARGIN + QR_SIZE + 12;
    text(bold, 10, label, x, WIDTH - QR_SIZE - 12, false);
    y -= 2;
    text(mono, 8, detail, x, WIDTH - QR_SIZE - 12, false);
    y -= 2;
    text(regular, 8, address, x, WIDTH - QR_SIZE - 12, false);
    y = Math.min(y, top - QR_SIZE) - 10;
    return this;
  }

  /** The document, each page footed with {@code page.apply(number, count)}: "Page 1 of 3". */
  public byte[] bytes(BiFunction<Integer, Integer, String> page) {
    try (document;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      content.close();
      footing = true;
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        PDPage p = document.getPage(i);
        try (PDPageContentStream foot =
            new PDPageContentStream(document, p, PDPageContentStream.AppendMode.APPEND, true)) {
          content = foot;
          rule(MARGIN, MARGIN + WIDTH, MARGIN + 14, 0.5f);
          y = MARGIN + 10;
          String running = issuer + " · " + title;
          text(regular, 8, fit(regular, 8, running, WIDTH * 0.7f), MARGIN, WIDTH * 0.7f, false);
          y = MARGIN + 10;
          text(regular, 8, page.apply(i + 1, count), MARGIN + WIDTH * 0.7f, WIDTH * 0.3f, true);
        }
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing a PDF document failed", e);
    }
  }

  /** Starts a new page when {@code height} does not fit on this one; says whether it did. */
  private boolean room(float height) {
    if (y - height >= BOTTOM) {
      return false;
    }
    newPage();
    return true;
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(SIZE);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = TOP;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rule(float from, float to, float at, float width) {
    try {
      content.setLineWidth(width);
      content.moveTo(from, at);
      content.lineTo(to, at);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} wrapped to {@code width} from the cursor down, left or right aligned. */
  private void text(PDFont font, float size, String text, float x, float width, boolean right) {
    float leading = size * 1.28f;
    for (String line : wrap(font, size, text, width)) {
      if (!footing && y - leading < BOTTOM - 20 && y < TOP - 1) {
        newPage();
      }
      y -= size;
      try {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(right ? x + width - width(font, size, line) : x, y);
        // a no-break space kept the figure with its currency while wrapping; drawn as a plain
        // space, so that a reader copying the text (or a text extractor) gets a space
        content.showText(line.replace('\u00a0', ' ').replace('\u202f', ' '));
        content.endText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      y -= leading - size;
    }
  }

  /**
   * The text cut into lines no wider than {@code width}, at spaces, or anywhere in a long word (a
   * digest, an address); a line break starts a new line, a letter the font lacks is '?'. Every PDF
   * of ours measures its lines here, so none runs off its page.
   */
  public static List<String> wrap(PDFont font, float size, String text, float width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : safe(font, text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(font, size, candidate) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        while (width(font, size, word) > width) { // a digest or an address: cut where it must be
          int cut = word.length() - 1;
          while (cut > 1 && width(font, size, word.substring(0, cut)) > width) {
            cut--;
          }
          lines.add(word.substring(0, cut));
          word = word.substring(cut);
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private String fit(PDFont font, float size, String text, float width) {
    String shown = safe(font, text);
    while (shown.length() > 1 && width(font, size, shown) > width) {
      shown = shown.substring(0, shown.length() - 2) + "…";
    }
    return shown;
  }

  private static float width(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Characters the font lacks (a name in a script DejaVu does not cover) become '?'. */
  private static String safe(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              String s = c == '\t' ? " " : Character.toString(c);
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException missing) {
                out.append(c == '\n' ? "\n" : "?");
              }
            });
    return out.toString();
  }
}
