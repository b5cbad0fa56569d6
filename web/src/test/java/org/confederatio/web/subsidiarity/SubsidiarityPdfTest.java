package org.confederatio.web.subsidiarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The PDF's lines are measured against their column: nothing runs off the page. */
class SubsidiarityPdfTest {

  private final PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  @Test
  void aLongTextIsWrappedBetweenWordsWithinTheColumn() throws Exception {
    String text =
        "Run by canton LAC without needing coercive authority; viable commons candidacies (at"
            + " least 5 design principles reviewed and met): Open Scholars (meets 8 of 8)";
    List<String> lines = SubsidiarityPdf.wrap(font, 9.5f, text, 150);
    assertTrue(lines.size() > 2, lines.toString());
    for (String line : lines) {
      assertTrue(font.getStringWidth(line) / 1000 * 9.5f <= 150, line);
    }
    assertEquals(text, String.join(" ", lines));
  }

  @Test
  void aWordWiderThanTheColumnIsCutAndLineBreaksAreSpaces() throws Exception {
    String word = "https://canton.example.org/laws/" + "x".repeat(120);
    List<String> lines = SubsidiarityPdf.wrap(font, 9.5f, "see\n" + word, 120);
    for (String line : lines) {
      assertTrue(font.getStringWidth(line) / 1000 * 9.5f <= 120, line);
    }
    assertEquals("see", lines.get(0));
    assertEquals(word, String.join("", lines.subList(1, lines.size())));
  }
}
