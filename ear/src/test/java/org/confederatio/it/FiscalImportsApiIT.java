package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bulk imports of assessments and designations: all or nothing, every bad row named, never twice.
 * The class imports into a canton of its own, for people it registers there.
 */
class FiscalImportsApiIT {

  private static final int YEAR = ServerClock.YEAR - 1;

  private static TestCanton canton;
  private static Api clerk;
  private static String commons;
  private static String ocean;

  @BeforeAll
  static void aCantonWithTwoOrganizations() {
    canton = Fixture.canton();
    clerk = canton.clerk;
    commons = FiscalWorld.phyle("Imported Commons", canton);
    ocean = FiscalWorld.phyle("Imported Ocean", canton);
  }

  /** Fresh people of the canton, so that the file's content is new. */
  private static List<String> people(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "T-" + UUID.randomUUID().toString().substring(0, 12);
      var response =
          clerk.postJson(
              canton.path("/people"),
              "{\"id\":\""
                  + id
                  + "\",\"name\":\"Import Test\",\"born\":\"1980-01-01\",\"residentSince\":\"2010-01-01\"}");
      assertEquals(201, response.statusCode(), response.body());
      ids.add(id);
    }
    return ids;
  }

  /**
   * 10,000 designation rows: 28 people, one designation per day of the year, split 60/40 or whole.
   */
  private static List<String> designationRows(List<String> people) {
    SplittableRandom random = new SplittableRandom(people.hashCode());
    List<String> rows = new ArrayList<>();
    LocalDate day = LocalDate.of(YEAR, 1, 1);
    while (rows.size() < 10_000) {
      for (String person : people) {
        if (rows.size() >= 10_000) {
          break;
        }
        if (random.nextBoolean() && rows.size() < 9_999) {
          rows.add(person + "," + commons + ",6000," + day);
          rows.add(person + ",canton,4000," + day);
        } else {
          rows.add(person + "," + ocean + ",10000," + day);
        }
      }
      day = day.plusDays(1);
    }
    return rows;
  }

  private static String csv(List<String> rows) {
    return "taxpayer,recipient,share_bp,made_on\n" + String.join("\n", rows) + "\n";
  }

  private static long designationsOf(String person) {
    return FiscalWorld.history(canton, person, YEAR);
  }

  @Test
  void oneBadRowAmongTenThousandImportsNothingThenTheCorrectedFileImportsOnce() {
    List<String> people = people(28);
    List<String> rows = designationRows(people);
    assertEquals(10_000, rows.size());
    List<String> bad = new ArrayList<>(rows);
    int badIndex = 7_321;
    String[] f = bad.get(badIndex).split(",");
    bad.set(badIndex, f[0] + ",no-such-organization," + f[2] + "," + f[3]);

    var refused = clerk.postCsv(canton.path("/imports/designations?year=" + YEAR), csv(bad));

    assertProblem(refused, 400, "Invalid input");
    var violations = Api.json(refused).getJsonArray("violations");
    assertEquals(1, violations.size(), refused.body());
    assertEquals(
        "line " + (badIndex + 2) + ", column recipient",
        violations.getJsonObject(0).getString("field"));
    assertTrue(violations.getJsonObject(0).getString("message").startsWith("A2:"), refused.body());
    assertEquals(0, designationsOf(people.get(0)), "nothing was imported");

    var imported = clerk.postCsv(canton.path("/imports/designations?year=" + YEAR), csv(rows));
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(10_000, Api.json(imported).getInt("rows"));
    assertTrue(designationsOf(people.get(0)) > 0);

    var again = clerk.postCsv(canton.path("/imports/designations?year=" + YEAR), csv(rows));
    assertProblem(again, 409, "Conflict");
    assertTrue(Api.json(again).getString("detail").contains("already imported on"), again.body());
  }

  @Test
  void everyBadRowOfAnAssessmentFileIsNamedAndNothingIsImported() {
    List<String> people = people(2);
    String file =
        "taxpayer,tax\n"
            + people.get(0)
            + ",1200.50\n"
            + people.get(1)
            + ",12.345\nNOBODY-"
            + UUID.randomUUID().toString().substring(0, 8)
            + ",10.00\n"
            + people.get(0)
            + ",3.00\n";

    var refused = clerk.postCsv(canton.path("/imports/assessments?year=" + YEAR), file);

    assertProblem(refused, 400, "Invalid input");
    var fields =
        Api.json(refused).getJsonArray("violations").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .sorted()
            .toList();
    assertEquals(
        List.of("line 3, column tax", "line 4, column taxpayer", "line 5, column taxpayer"),
        fields);
    var file0 = FiscalWorld.file(canton, people.get(0), YEAR);
    assertTrue(DesignationsApiIT.absent(file0, "assessment"), "nothing was imported");

    var imported =
        clerk.postCsv(
            canton.path("/imports/assessments?year=" + YEAR),
            "taxpayer,tax\n" + people.get(0) + ",1200.50\n" + people.get(1) + ",0\n");
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(2, Api.json(imported).getInt("added"));
    assertEquals(
        "1200.50",
        FiscalWorld.file(canton, people.get(0), YEAR).getJsonObject("assessment").getString("tax"));
  }

  @Test
  void aWrongHeaderIsNamed() {
    var refused =
        clerk.postCsv(canton.path("/imports/designations?year=" + YEAR), "who,what\nx,y\n");

    assertProblem(refused, 400, "Invalid input");
    assertEquals(
        "line 1", Api.json(refused).getJsonArray("violations").getJsonObject(0).getString("field"));
  }
}
