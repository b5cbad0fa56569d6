package org.confederatio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

  private static AuditLog.Entry entry(String entityId, String before, String after) {
    return new AuditLog.Entry(
        7,
        Instant.parse("2026-11-25T09:00:59.900Z"),
        "clerk",
        "justify",
        "Finding",
        entityId,
        "LAC",
        null,
        before,
        after,
        false);
  }

  private static List<CSVRecord> written(AuditLog.Entry... entries) throws IOException {
    StringBuilder out = new StringBuilder();
    try (AuditCsv csv = new AuditCsv(out, ZoneId.of("Europe/Zurich"))) {
      for (AuditLog.Entry e : entries) {
        csv.write(e);
      }
    }
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(out.toString()))
        .getRecords();
  }

  @Test
  void everyCellThatASpreadsheetWouldRunIsWrittenAsText() {
    for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
      assertEquals("'" + start + "1+1", AuditCsv.cell(start + "1+1"), "starting with " + start);
    }
    assertEquals("1+1", AuditCsv.cell("1+1"));
    assertEquals("", AuditCsv.cell(null));
    assertEquals("", AuditCsv.cell(""));
  }

  @Test
  void aJustificationThatIsAFormulaComesOutAsText() throws IOException {
    var record =
        written(entry("LAC:f:SHOULD_BE_CANTONAL", null, "\"=1+1 until 2027-01-01\"")).get(0);

    assertEquals("'=1+1 until 2027-01-01", record.get("changes"));
    assertFalse(record.get("after").startsWith("="), record.get("after"));
  }

  @Test
  void timesAreInTheConfederationsZoneAndQuotedCommasSurvive() throws IOException {
    var records = written(entry("LAC/x", "{\"name\":\"Doe, Jane\"}", "{\"name\":\"Doe, J.\"}"));

    assertEquals(1, records.size());
    var r = records.get(0);
    assertEquals("2026-11-25T10:00:59+01:00", r.get("recorded_at"));
    assertEquals("name: Doe, Jane → Doe, J.", r.get("changes"));
    assertEquals("{\"name\":\"Doe, Jane\"}", r.get("before"));
    assertEquals("false", r.get("withheld"));
  }

  @Test
  void theHeaderIsEnglish() throws IOException {
    StringBuilder out = new StringBuilder();
    new AuditCsv(out, ZoneId.of("UTC")).close();
    assertEquals(
        "id,recorded_at,actor,action,entity_type,entity_id,canton,person,changes,before,after,withheld\r\n",
        out.toString());
  }
}
