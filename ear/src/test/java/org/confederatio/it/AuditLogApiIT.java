package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit log through {@code GET /api/audit}: who reads which entries, the person ids a reviewer
 * looks for, filters, CSV, and what it never holds (the organizations a person chose). Each test
 * works on a canton and people of its own.
 */
class AuditLogApiIT {

  private static final int YEAR = ServerClock.YEAR;
  private static final Api ADMIN = Fixture.ADMIN;

  private static HttpResponse<String> read(Api reader, String query) {
    return reader.get("/api/audit?size=200&" + query);
  }

  private static List<JsonObject> entries(Api reader, String query) {
    var response = read(reader, query);
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
  }

  private static Set<String> actions(List<JsonObject> entries) {
    return entries.stream().map(e -> e.getString("action")).collect(Collectors.toSet());
  }

  private static String text(JsonObject entry, String key) {
    return entry.containsKey(key) && !entry.isNull(key) ? entry.getString(key) : null;
  }

  private static List<CSVRecord> csv(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"),
        response.headers().toString());
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new StringReader(response.body()))
        .getRecords();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void theAdministratorReadsACitizensChangesByPersonIdAndNoOrganizationTheyChose()
      throws IOException {
    TestCanton canton = Fixture.canton();
    String phyle = Fixture.organization("PHYLE", "Audit Phyle");
    Fixture.accredit(phyle, canton.code, YEAR);
    TestCanton.Citizen ana = canton.citizen("Ana Audit");

    var affiliated =
        ana.api().putJson("/api/me/affiliations", "{\"organizations\":[\"" + phyle + "\"]}");
    assertEquals(200, affiliated.statusCode(), affiliated.body());
    var designated =
        ana.api()
            .putJson(
                "/api/me/designations/" + YEAR,
                "{\"version\":null,\"shares\":[{\"recipient\":\"%s\",\"basisPoints\":10000}]}"
                    .formatted(phyle));
    assertEquals(200, designated.statusCode(), designated.body());

    var response = read(ADMIN, "person=" + ana.person());
    var found = entries(ADMIN, "person=" + ana.person());
    assertTrue(
        actions(found).containsAll(List.of("register", "create", "affiliate", "designate")),
        actions(found).toString());
    found.forEach(e -> assertEquals(ana.person(), text(e, "person"), e.toString()));
    found.stream()
        .filter(e -> !e.getString("entityType").equals("Account"))
        .forEach(e -> assertEquals(canton.code, text(e, "canton"), e.toString()));
    assertFalse(response.body().contains(phyle), "no organization the citizen chose: " + response);
    String csv = ADMIN.get("/api/audit.csv?person=" + ana.person()).body();
    assertTrue(csv.contains(ana.person()), csv);
    assertFalse(csv.contains(phyle), "nor in the CSV: " + csv);
  }

  @Test
  void noRecentDesignationOrAffiliationEntryOfAnyoneHoldsAChoice() {
    // whoever made them (this test's citizens, other tests', the demo citizen's), by every channel
    for (String type : List.of("Designation", "Affiliation")) {
      for (JsonObject entry : entries(ADMIN, "entityType=" + type)) {
        for (String side : List.of("before", "after")) {
          String snapshot = entry.containsKey(side) ? entry.get(side).toString() : "";
          for (String choice :
              List.of("shares", "recipient", "organization", "commons-of-code", "ocean-care")) {
            assertFalse(snapshot.contains(choice), entry.toString());
          }
        }
      }
    }
  }

  @Test
  void aClerksReadAssessmentAndPaperFormAreFiledUnderThePersonWithWhatEachReaderMaySee() {
    TestCanton canton = Fixture.canton();
    String person = canton.resident("Paper Form", LocalDate.of(1970, 5, 5), ServerClock.TODAY);
    String file = canton.path("/taxpayers/" + person);
    assertEquals(
        200,
        canton.clerk.putJson(file + "/assessments/" + YEAR, "{\"tax\":\"1000.00\"}").statusCode());
    var form =
        canton.clerk.putJson(
            file + "/designations/" + YEAR,
            "{\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}],\"madeOn\":\"%s\",\"version\":null}"
                .formatted(ServerClock.TODAY));
    assertEquals(200, form.statusCode(), form.body());
    assertEquals(200, canton.clerk.get(file + "?year=" + YEAR).statusCode());

    var byAdmin = entries(ADMIN, "person=" + person);
    assertEquals(
        Set.of("register", "assess", "designate", "read"), actions(byAdmin), byAdmin.toString());
    var read = byAdmin.stream().filter(e -> e.getString("action").equals("read")).findFirst();
    assertEquals(canton.clerk.username(), read.orElseThrow().getString("actor"));
    assertEquals(canton.code + "/" + YEAR + "/" + person, read.get().getString("entityId"));

    var byClerk = entries(canton.clerk, "person=" + person);
    assertEquals(byAdmin.size(), byClerk.size());
    JsonObject assessed = only(byClerk, "assess");
    assertTrue(assessed.toString().contains("1000.00"), "the clerk sees the assessment's change");
    assertTrue(only(byClerk, "register").getBoolean("withheld"), "a register record spans cantons");
    var byPolicy = entries(canton.policy, "person=" + person);
    assertTrue(only(byPolicy, "assess").getBoolean("withheld"), "no individual's data for policy");
    assertFalse(byPolicy.toString().contains("1000.00"), byPolicy.toString());
  }

  private static JsonObject only(List<JsonObject> entries, String action) {
    var matching = entries.stream().filter(e -> e.getString("action").equals(action)).toList();
    assertEquals(1, matching.size(), entries.toString());
    return matching.get(0);
  }

  @Test
  void importsOfTheRegisterAssessmentsAndDesignationsAreFiledUnderEachPerson() {
    TestCanton canton = Fixture.canton();
    String commons = Fixture.organization("COMMONS_FOUNDATION", "Audit Commons");
    Fixture.accredit(commons, canton.code, YEAR);
    String person = "P-" + Fixture.letters(10);

    var register =
        canton.clerk.postCsv(
            canton.path("/people/import"),
            "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n"
                + person
                + ",Imported Person,1985-02-03,2010-01-01,,,,\n");
    assertEquals(200, register.statusCode(), register.body());
    var assessments =
        canton.clerk.postCsv(
            canton.path("/imports/assessments?year=" + YEAR),
            "taxpayer,tax\n" + person + ",2000.00\n");
    assertEquals(200, assessments.statusCode(), assessments.body());
    var designations =
        canton.clerk.postCsv(
            canton.path("/imports/designations?year=" + YEAR),
            "taxpayer,recipient,share_bp,made_on\n%s,%s,10000,%d-03-01\n"
                .formatted(person, commons, YEAR));
    assertEquals(200, designations.statusCode(), designations.body());

    var found = entries(ADMIN, "person=" + person + "&action=import");
    assertEquals(
        Set.of("Person", "Assessment", "Designation"),
        found.stream().map(e -> e.getString("entityType")).collect(Collectors.toSet()),
        found.toString());
    found.forEach(e -> assertEquals(canton.code, text(e, "canton")));
    assertFalse(found.toString().contains(commons), "no organization chosen: " + found);
  }

  @Test
  void aCantonsOfficialsNeverSeeNorCountAnotherCantonsEntries() {
    TestCanton mine = Fixture.canton();
    TestCanton other = Fixture.canton();
    String neighbour = other.resident("Next Door", LocalDate.of(1990, 1, 1), ServerClock.TODAY);
    mine.resident("At Home", LocalDate.of(1990, 1, 1), ServerClock.TODAY);

    for (Api reader : List.of(mine.clerk, mine.policy)) {
      var page = Api.json(read(reader, ""));
      var items = page.getJsonArray("items").getValuesAs(JsonObject.class);
      assertFalse(items.isEmpty());
      items.forEach(e -> assertEquals(mine.code, text(e, "canton"), e.toString()));
      assertEquals(items.size(), page.getInt("total"), "every entry counted is shown");
      assertFalse(page.toString().contains(other.code), page.toString());
      var neighbours = Api.json(read(reader, "person=" + neighbour));
      assertEquals(0, neighbours.getInt("total"), "not even counted");
      assertRefused(read(reader, "canton=" + other.code));
      assertRefused(reader.get("/api/audit.csv?canton=" + other.code));
    }
    assertEquals(
        Api.json(read(mine.clerk, "")).getInt("total"),
        Api.json(read(ADMIN, "canton=" + mine.code)).getInt("total"));
    assertEquals(1, Api.json(read(ADMIN, "person=" + neighbour)).getInt("total"));
  }

  @Test
  void citizensFoundationsAndAnonymousCallersAreRefused() {
    TestCanton canton = Fixture.canton();
    Api citizen = canton.citizen("Curious Citizen").api();
    Api foundation = Fixture.foundation(Fixture.organization("PHYLE", "Curious Phyle"));

    for (Api reader : List.of(citizen, foundation)) {
      assertRefused(reader.get("/api/audit"));
      assertRefused(reader.get("/api/audit", "text/csv"));
      assertRefused(reader.get("/api/audit.csv"));
    }
    assertEquals(401, Api.anonymous().get("/api/audit").statusCode());
    assertEquals(401, Api.anonymous().get("/api/audit.csv").statusCode());
  }

  @Test
  void eachFilterNarrowsTheResultAndPagesAreNewestFirst() {
    TestCanton canton = Fixture.canton();
    String first = canton.resident("First Filter", LocalDate.of(1980, 1, 1), ServerClock.TODAY);
    String second = canton.resident("Second Filter", LocalDate.of(1980, 1, 1), ServerClock.TODAY);
    String clerk = canton.clerk.username();
    String in = "canton=" + canton.code;

    assertEquals(2, entries(ADMIN, in + "&actor=" + clerk).size());
    assertEquals(3, entries(ADMIN, in + "&action=register").size(), "two people and the canton");
    assertEquals(2, entries(ADMIN, in + "&action=register&entityType=Person").size());
    assertEquals(
        first, text(entries(ADMIN, in + "&entityType=Person&entityId=" + first).get(0), "person"));
    String today = ServerClock.TODAY.toString();
    assertEquals(1, entries(ADMIN, "person=" + first + "&from=" + today + "&to=" + today).size());
    assertEquals(
        0, entries(ADMIN, "person=" + first + "&from=" + ServerClock.TODAY.plusDays(1)).size());
    assertEquals(
        0, entries(ADMIN, "person=" + first + "&to=" + ServerClock.TODAY.minusDays(1)).size());

    var newest = Api.json(ADMIN.get("/api/audit?" + in + "&size=1&page=0"));
    var older = Api.json(ADMIN.get("/api/audit?" + in + "&size=1&page=1"));
    assertTrue(newest.getInt("total") >= 4, newest.toString());
    assertEquals(second, text(newest.getJsonArray("items").getJsonObject(0), "person"));
    assertEquals(first, text(older.getJsonArray("items").getJsonObject(0), "person"));
  }

  @Test
  void theCsvHasEnglishHeadersAndWritesAFormulaAsText() throws IOException {
    TestCanton canton = Fixture.canton();
    String formula = "T" + Fixture.letters(7);
    Fixture.created(
        ADMIN.postJson("/api/cantons", "{\"code\":\"%s\",\"name\":\"=1+1\"}".formatted(formula)));
    String function = Fixture.unique("f");
    Fixture.created(
        ADMIN.postJson(
            canton.path("/functions"),
            """
            {"id":"%s","name":"Audit function","level":"CONFEDERAL","scope":"LOCAL","coercive":false,"delegatedBy":["%s"]}"""
                .formatted(function, canton.code)));
    var justified =
        canton.policy.postJson(
            "/api/findings/" + canton.code + ":" + function + ":SHOULD_BE_CANTONAL/justification",
            "{\"reason\":\"=1+1\",\"until\":\"%s\"}".formatted(ServerClock.TODAY.plusYears(1)));
    assertEquals(200, justified.statusCode(), justified.body());

    var justifications = csv(ADMIN.get("/api/audit.csv?action=justify&canton=" + canton.code));
    assertEquals(1, justifications.size());
    assertTrue(
        justifications.get(0).get("changes").startsWith("'=1+1"), justifications.get(0).toString());
    var registered = csv(ADMIN.get("/api/audit?canton=" + formula, "text/csv"));
    assertEquals(
        List.of(
            "id",
            "recorded_at",
            "actor",
            "action",
            "entity_type",
            "entity_id",
            "canton",
            "person",
            "changes",
            "before",
            "after",
            "withheld"),
        registered.get(0).getParser().getHeaderNames());
    assertTrue(registered.get(0).get("changes").contains("=1+1"), registered.toString());
    for (CSVRecord record : registered) {
      for (String cell : record) {
        assertFalse("=+-@\t\r".indexOf(cell.isEmpty() ? ' ' : cell.charAt(0)) >= 0, cell);
      }
    }
    var byPolicy = csv(canton.policy.get("/api/audit.csv?action=justify"));
    assertEquals(1, byPolicy.size(), "the canton's policy officer exports their canton's entries");
  }

  @Test
  void malformedOrOverlongFiltersAreRefusedByName() {
    String[][] cases = {
      {"actor", "a".repeat(5000)},
      {"action", encoded("drop table")},
      {"entityType", "x".repeat(65)},
      {"entityId", "y".repeat(129)},
      {"person", encoded("P 0001")},
      {"canton", "lac"},
      {"from", "2026-02-30"},
      {"to", "25.11.2026"},
      {"page", "abc"},
      {"page", "-1"},
      {"size", "0"},
      {"size", "201"},
      {"size", "1e3"},
      {"page", "4294967296"},
    };
    for (String[] c : cases) {
      for (var response :
          List.of(
              ADMIN.get("/api/audit?" + c[0] + "=" + c[1]),
              ADMIN.get("/api/audit.csv?" + c[0] + "=" + c[1]))) {
        if (response.uri().getPath().endsWith(".csv") && List.of("page", "size").contains(c[0])) {
          continue; // the export is every match: it takes no page
        }
        assertProblem(response, 400, "Invalid input");
        assertTrue(
            Api.json(response).getJsonArray("violations").stream()
                .anyMatch(v -> v.asJsonObject().getString("field").equals(c[0])),
            c[0] + ": " + response.body());
        assertFalse(response.body().contains("a".repeat(100)), "the value is not echoed");
      }
    }
    var backwards = ADMIN.get("/api/audit?from=2026-03-01&to=2026-02-01");
    assertProblem(backwards, 400, "Invalid input");
    assertTrue(backwards.body().contains("\"to\""), backwards.body());
  }
}
