package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.StrictInputIT.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 4 and 5: every import reads RFC 4180 (quoted fields, a byte-order mark, CRLF)
 * through one library, refuses a header-only file, bounds its error document, and knows a file by
 * what it says: the same rows are refused the second time however they are written, even when two
 * clerks send them at the same moment, and the same rows for another year are another import. The
 * class works in a canton of its own, on people it registers there.
 */
class CsvImportsIT {

  private static final String REGISTER =
      "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin";
  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  private static TestCanton canton;
  private static Api clerk;

  @BeforeAll
  static void aCantonOfItsOwn() {
    canton = Fixture.canton();
    clerk = canton.clerk;
  }

  private static String id() {
    return "V-" + UUID.randomUUID().toString().substring(0, 12);
  }

  /** People of the canton since 2000, registered through the API. */
  private static List<String> people(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = id();
      var created =
          clerk.postJson(
              canton.path("/people"),
              """
              {"id":"%s","name":"Csv Import","born":"1970-01-01","residentSince":"2000-01-01"}"""
                  .formatted(id));
      assertEquals(201, created.statusCode(), created.body());
      ids.add(id);
    }
    return ids;
  }

  private static HttpResponse<String> assessments(int year, String csv) {
    return clerk.postCsv(canton.path("/imports/assessments?year=" + year), csv);
  }

  private static String taxOf(String person, int year) {
    var file = FiscalWorld.file(canton, person, year);
    return DesignationsApiIT.absent(file, "assessment")
        ? null
        : file.getJsonObject("assessment").getString("tax");
  }

  @Test
  void aRegisterFileWithQuotedCommasABomAndCrlfImports() {
    String a = id();
    String b = id();
    String file =
        "\uFEFF"
            + REGISTER
            + "\r\n"
            + a
            + ",\"Doe, Jane\",1990-01-01,2010-01-01,,,PT,\"Porto, \"\"Norte\"\"\"\r\n"
            + "\r\n"
            + b
            + ",\"Line\nBreak\",1980-05-05,2011-02-03,,,,\r\n";

    var imported = clerk.postCsv(canton.path("/people/import"), file);

    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(2, Api.json(imported).getInt("peopleAdded"));
    var jane = Api.json(clerk.get("/api/people/" + a));
    assertEquals("Doe, Jane", jane.getString("name"));
    assertEquals("Porto, \"Norte\"", jane.getString("placeOfOrigin"));
    assertEquals("Line\nBreak", Api.json(clerk.get("/api/people/" + b)).getString("name"));

    // the same rows again: the register skips what it holds (the register has no import ledger)
    var again = clerk.postCsv(canton.path("/people/import"), file.replace("\r\n", "\n"));
    assertEquals(200, again.statusCode(), again.body());
    assertEquals(0, Api.json(again).getInt("periodsAdded"));
    assertEquals(1, Api.json(clerk.get("/api/people/" + a)).getJsonArray("residences").size());
  }

  @Test
  void aHeaderOnlyFileOrABrokenQuoteIsRefusedWithItsLine() {
    assertInvalid(clerk.postCsv(canton.path("/people/import"), REGISTER + "\r\n"), "line 2");
    assertInvalid(assessments(LAST_YEAR, "taxpayer,tax\n\n"), "line 2");
    assertInvalid(clerk.postCsv(canton.path("/people/import"), ""), "line 1");

    String a = id();
    var broken =
        clerk.postCsv(
            canton.path("/people/import"),
            REGISTER + "\n" + id() + ",Ok,1990-01-01,2010-01-01,,,,\n" + a + ",\"Doe, Jane,x\n");
    assertInvalid(broken, "line 3");
    assertEquals(404, clerk.get("/api/people/" + a).statusCode(), "nothing was imported");
  }

  @Test
  void aThousandBadRowsAnswerWithTheFirstHundredAndTheTotal() {
    StringBuilder file = new StringBuilder(REGISTER).append('\n');
    for (int i = 0; i < 1_300; i++) {
      file.append(id()).append(",Bad,1990-02-30,2010-01-01,,,,\n");
    }

    var refused = clerk.postCsv(canton.path("/people/import"), file.toString());

    assertProblem(refused, 400, "Invalid input");
    var problem = Api.json(refused);
    assertEquals(100, problem.getJsonArray("violations").size());
    assertEquals(1_300, problem.getInt("totalViolations"));
    assertTrue(refused.body().length() < 20_000, "bounded: " + refused.body().length());
    assertEquals(
        "line 2, column born",
        problem.getJsonArray("violations").getJsonObject(0).getString("field"));
  }

  @Test
  void theSameRowsWrittenDifferentlyAreOneImportAndAnotherYearIsAnother() {
    List<String> people = people(3);
    String plain =
        "taxpayer,tax\n"
            + people.get(0)
            + ",100.00\n"
            + people.get(1)
            + ",200.50\n"
            + people.get(2)
            + ",0\n";
    // the same rows: BOM, CRLF, quotes, spaces, another order, blank lines
    String dressed =
        "\uFEFF\"taxpayer\",\"tax\"\r\n"
            + "\""
            + people.get(2)
            + "\", 0 \r\n\r\n"
            + people.get(1)
            + ",\"200.50\"\r\n"
            + people.get(0)
            + ",100.00\r\n\r\n";

    var first = assessments(LAST_YEAR, plain);
    assertEquals(200, first.statusCode(), first.body());
    assertEquals(3, Api.json(first).getInt("added"));

    var again = assessments(LAST_YEAR, dressed);
    assertProblem(again, 409, "Conflict");
    assertTrue(Api.json(again).getString("detail").contains("already imported on"), again.body());
    var twice = assessments(LAST_YEAR, plain + "\n");
    assertProblem(twice, 409, "Conflict");
    assertEquals("200.50", taxOf(people.get(1), LAST_YEAR));

    var otherYear = assessments(LAST_YEAR - 1, dressed);
    assertEquals(200, otherYear.statusCode(), otherYear.body());
    assertEquals("200.50", taxOf(people.get(1), LAST_YEAR - 1));
    assertEquals(Api.json(first).getString("sha256").length(), 64, "the identity is a SHA-256");
    assertTrue(
        !Api.json(first).getString("sha256").equals(Api.json(otherYear).getString("sha256")),
        "another year is another identity");
  }

  @Test
  void twoClerksSendingTheSameFileAtOnceGiveOneImportAndOneConflict() throws Exception {
    List<String> people = people(40);
    // assessed, so that the designations count and stay out of others' lists of those that do not
    StringBuilder taxes = new StringBuilder("taxpayer,tax\n");
    people.forEach(p -> taxes.append(p).append(",10.00\n"));
    assertEquals(200, assessments(LAST_YEAR, taxes.toString()).statusCode());
    StringBuilder file = new StringBuilder("taxpayer,recipient,share_bp,made_on\n");
    for (String person : people) {
      file.append(person).append(",canton,10000,").append(LAST_YEAR).append("-03-01\n");
    }
    List<Integer> statuses =
        sendTwiceAtOnce(canton.path("/imports/designations?year=" + LAST_YEAR), file.toString());

    assertEquals(List.of(200, 409), statuses);
    for (String person : List.of(people.get(0), people.get(39))) {
      var file0 = FiscalWorld.file(canton, person, LAST_YEAR);
      assertEquals(1, file0.getJsonArray("history").size(), "imported once");
    }
  }

  @Test
  void twoClerksSendingTheSameRegisterFileAtOnceNeverGetAnError() throws Exception {
    String a = id();
    String file = REGISTER + "\n" + a + ",Twice Sent,1985-01-01,2010-01-01,,,,\n";

    List<Integer> statuses = sendTwiceAtOnce(canton.path("/people/import"), file);

    // the second either finds the person there (nothing to add) or met the first on the key (409)
    assertTrue(
        statuses.equals(List.of(200, 200)) || statuses.equals(List.of(200, 409)),
        statuses.toString());
    assertEquals(1, Api.json(clerk.get("/api/people/" + a)).getJsonArray("residences").size());
  }

  /** Posts the same CSV from two threads released at the same instant; the statuses, sorted. */
  private List<Integer> sendTwiceAtOnce(String path, String csv) throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        sent.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    start.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return clerk.postCsv(path, csv);
                },
                two));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (var response : sent) {
        assertTrue(response.get().statusCode() < 500, response.get().body());
        statuses.add(response.get().statusCode());
      }
      statuses.sort(null);
      return statuses;
    } finally {
      two.shutdownNow();
    }
  }

  @Test
  void aDesignationMadeAfterTheDeadlineIsRecordedAsLateAndOneBeforeItsYearIsRefused() {
    TestCanton closing = FiscalWorld.cantonClosingOn("06-30");
    String id = FiscalWorld.taxpayer(closing, LAST_YEAR, "1000.00");
    String header = "taxpayer,recipient,share_bp,made_on\n";
    String imports = closing.path("/imports/designations?year=" + LAST_YEAR);

    // the canton closes on 30 June
    assertInvalid(
        closing.clerk.postCsv(imports, header + id + ",canton,10000,1900-01-01\n"),
        "line 2, column made_on");
    var late =
        closing.clerk.postCsv(imports, header + id + ",canton,10000," + LAST_YEAR + "-07-01\n");

    assertEquals(200, late.statusCode(), late.body());
    var file = FiscalWorld.file(closing, id, LAST_YEAR);
    assertEquals(1, file.getJsonArray("history").size(), "the late form is recorded");
    assertTrue(DesignationsApiIT.absent(file, "counted"), "and does not count");
    assertEquals("LATE", file.getString("standing"));
  }

  @Test
  void aShareThatWouldWrapOrADigitOfAnotherScriptIsRefusedByLineAndColumn() {
    List<String> people = people(1);
    String header = "taxpayer,recipient,share_bp,made_on\n";
    String day = LAST_YEAR + "-03-01";
    for (String share : List.of("4294977296", "10000.5", "1e4", "١٠٠٠٠", "+10000")) {
      assertInvalid(
          clerk.postCsv(
              canton.path("/imports/designations?year=" + LAST_YEAR),
              header + people.get(0) + ",canton," + share + "," + day + "\n"),
          "line 2, column share_bp");
    }
    var file = FiscalWorld.file(canton, people.get(0), LAST_YEAR);
    assertEquals(0, file.getJsonArray("history").size(), "nothing was imported");
  }
}
