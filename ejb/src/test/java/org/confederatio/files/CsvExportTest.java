package org.confederatio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+1|'=1+1",
        "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
        "+41 22|'+41 22",
        "-2+3|'-2+3",
        "@SUM(A1)|'@SUM(A1)",
        "-12.50|-12.50",
        "-3|-3",
        "1234.56|1234.56",
        "0|0",
        "plain text|plain text",
        "a=b|a=b"
      })
  void aFormulaBecomesTextAndAPlainNumberStaysANumber(String cell, String written) {
    assertEquals(written, CsvExport.neutralized(cell));
  }

  @Test
  void aTabOrACarriageReturnAtTheStartIsNeutralizedToo() {
    assertEquals("'\t=1", CsvExport.neutralized("\t=1"));
    assertEquals("'\r=1", CsvExport.neutralized("\r=1"));
  }

  @Test
  void theFileIsRfc4180WithItsHeaderAsGiven() {
    String csv =
        new CsvExport("canton,reason,net")
            .row("LAC", "Doe, \"Jane\"", "-12.50")
            .row("MON", null, 3)
            .toString();

    assertEquals("canton,reason,net\r\nLAC,\"Doe, \"\"Jane\"\"\",-12.50\r\nMON,,3\r\n", csv);
  }

  @Test
  void aCommentLineComesFirst() {
    assertEquals("# review of LAC\r\na,b\r\n", new CsvExport("review of LAC", "a,b").toString());
  }
}
