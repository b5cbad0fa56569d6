package org.confederatio.web.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.confederatio.report.FoundationReports;
import org.junit.jupiter.api.Test;

/** The foundation's PDF report: words of the reader's language, figures as it writes them. */
class FoundationReportPdfTest {

  private static final String DIGEST = "ab".repeat(32);

  /** A report long enough for two pages, with a correction and a count too small to show. */
  static FoundationReports.Report report() {
    List<FoundationReports.Line> lines = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      lines.add(
          new FoundationReports.Line(
              i % 2 == 0 ? "LAC" : "MON",
              2010 + i / 2,
              100 + i,
              "1234.50",
              i == 0 ? "fewer than 5" : "1250",
              "1000.000000",
              "234.500000",
              "0.000000",
              DIGEST,
              Instant.parse("2026-02-03T10:15:30Z"),
              i == 3
                  ? new FoundationReports.Replaced(
                      90,
                      "cd".repeat(32),
                      "1200.00",
                      "A late assessment of the canton's largest taxpayer arrived after the run")
                  : null));
    }
    return new FoundationReports.Report(
        "commons-of-code", "Commons of Code", null, 2010, 2021, "29628.00", lines);
  }

  static byte[] pdf(String language) {
    return new FoundationReportPdf(
            Locale.forLanguageTag(language),
            "CHF",
            ZoneId.of("Europe/Zurich"),
            digest -> URI.create("https://confederatio.example/api/verify/" + digest),
            code -> code.equals("LAC") ? "Lacustria" : "Montania")
        .of(report(), LocalDate.of(2026, 12, 7));
  }

  @Test
  void spanishReportHasTheOrganizationLocalizedAmountsPageNumbersAndDigests() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf("es"))) {
      String text = new PDFTextStripper().getText(document);
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, "a long report takes pages: " + pages);
      assertTrue(text.contains("Commons of Code"), text);
      assertTrue(text.contains("Informe de repartos"), text);
      assertTrue(text.contains("1234,50") || text.contains("1.234,50"), text);
      assertTrue(text.contains("29.628,00"), text);
      assertTrue(text.contains("menos de 5"), text);
      assertTrue(text.contains("Página 1 de " + pages), text);
      assertTrue(text.contains("Página " + pages + " de " + pages), text);
      assertTrue(text.contains("Lacustria"), text);
      assertTrue(text.replace("\n", "").contains("/api/verify/" + DIGEST), text);
    }
  }

  @Test
  void esperantoLettersAreWrittenNotQuestionMarks() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf("eo"))) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Paĝo 1 el"), text);
      assertTrue(text.contains("Disdona raporto"), text);
    }
  }

  @Test
  void nothingRunsOffThePage() throws IOException {
    for (String language : List.of("en", "es", "eo")) {
      try (PDDocument document = Loader.loadPDF(pdf(language))) {
        float width = document.getPage(0).getMediaBox().getWidth();
        float[] right = {0};
        PDFTextStripper stripper =
            new PDFTextStripper() {
              @Override
              protected void writeString(String text, List<TextPosition> positions)
                  throws IOException {
                for (TextPosition p : positions) {
                  right[0] = Math.max(right[0], p.getXDirAdj() + p.getWidthDirAdj());
                }
                super.writeString(text, positions);
              }
            };
        stripper.getText(document);
        assertTrue(right[0] <= width - 40, language + ": text reaches x=" + right[0]);
        assertEquals(0, stripper.getText(document).chars().filter(c -> c == '?').count());
        render(document, language);
      }
    }
  }

  /** The pages as PNG under target/, to be looked at. */
  private static void render(PDDocument document, String language) throws IOException {
    Path out = Path.of("target", "pdf-pages");
    Files.createDirectories(out);
    PDFRenderer renderer = new PDFRenderer(document);
    for (int i = 0; i < document.getNumberOfPages(); i++) {
      BufferedImage image = renderer.renderImageWithDPI(i, 72);
      ImageIO.write(
          image, "png", out.resolve("report-" + language + "-" + (i + 1) + ".png").toFile());
    }
  }
}
