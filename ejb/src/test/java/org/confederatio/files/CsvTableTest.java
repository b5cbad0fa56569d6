package org.confederatio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.confederatio.failure.Invalid;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static final String HEADER = "taxpayer,tax";

  private static CsvTable read(String text, List<Invalid.Violation> problems) {
    return CsvTable.read(text, HEADER, problems);
  }

  @Test
  void quotedFieldsHoldCommasQuotesAndLineBreaksAndEachRowKnowsItsFirstLine() {
    List<Invalid.Violation> problems = new ArrayList<>();
    CsvTable table =
        read(
            "\uFEFFtaxpayer,tax\r\n\"Doe, Jane\",1.00\r\n\r\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n4, 5 \n",
            problems);

    assertEquals(List.of(), problems);
    assertEquals(
        List.of(
            new CsvTable.Row(2, List.of("Doe, Jane", "1.00")),
            new CsvTable.Row(4, List.of("say \"hi\"", "2")),
            new CsvTable.Row(5, List.of("two\nlines", "3")),
            new CsvTable.Row(7, List.of("4", "5"))),
        table.rows());
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsAProblemOfItsLine() {
    List<Invalid.Violation> problems = new ArrayList<>();

    CsvTable table = read("taxpayer,tax\na,1\nb\nc,1,2\n", problems);

    assertEquals(1, table.rows().size());
    assertEquals(
        List.of("line 3", "line 4"), problems.stream().map(Invalid.Violation::field).toList());
  }

  @Test
  void aWrongHeaderAnEmptyFileOrAHeaderAloneIsRefused() {
    assertEquals(
        "line 1",
        assertThrows(Invalid.class, () -> read("who,what\n", new ArrayList<>()))
            .violations()
            .get(0)
            .field());
    assertEquals(
        "line 1",
        assertThrows(Invalid.class, () -> read("", new ArrayList<>())).violations().get(0).field());
    List<Invalid.Violation> none = new ArrayList<>();
    assertEquals(
        "line 2",
        assertThrows(Invalid.class, () -> read("taxpayer,tax\r\n\r\n", none).requireRows(none))
            .violations()
            .get(0)
            .field());
  }

  @Test
  void aBrokenQuoteIsRefusedAtTheLineItsRecordStarts() {
    var unclosed =
        assertThrows(
            Invalid.class, () -> read("taxpayer,tax\na,1\n\"b,2\nc,3\n", new ArrayList<>()));
    assertEquals("line 3", unclosed.violations().get(0).field());
    assertEquals("a quoted field is not closed", unclosed.violations().get(0).message());

    var trailing =
        assertThrows(Invalid.class, () -> read("taxpayer,tax\n\"a\"x,1\n", new ArrayList<>()));
    assertEquals("line 2", trailing.violations().get(0).field());
  }

  @Test
  void theIdentityIsWhatTheRowsSayNotHowTheyAreWritten() {
    String plain = identity("taxpayer,tax\na,1.00\nb,2\n", "ASSESSMENTS 2025");

    assertEquals(
        plain,
        identity("\uFEFFtaxpayer,tax\r\n\"b\", 2 \r\n\r\na,\"1.00\"\r\n\r\n", "ASSESSMENTS 2025"));
    assertEquals(plain, identity("taxpayer,tax\na,1.00\nb,2\n\n\n", "ASSESSMENTS 2025"));
    assertNotEquals(plain, identity("taxpayer,tax\na,1.00\nb,2\n", "ASSESSMENTS 2024"));
    assertNotEquals(plain, identity("taxpayer,tax\na,1.0\nb,2\n", "ASSESSMENTS 2025"));
    // a comma inside a field is not a field separator: these rows differ
    assertNotEquals(
        identity("taxpayer,tax\n\"a,b\",1\n", "X"), identity("taxpayer,tax\na,\"b,1\"\n", "X"));
  }

  private static String identity(String text, String context) {
    return read(text, new ArrayList<>()).identity(context);
  }
}
