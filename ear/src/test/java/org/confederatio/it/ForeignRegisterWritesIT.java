package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A clerk of a canton a person never lived in learns nothing of them through the register's writes.
 * Recording their death or their departure used to check the date against their birth before asking
 * whose they were, so dates around a guess answered "must be on or after the date of birth (...)"
 * to anyone: now such a call answers as for an unknown person, whatever the date.
 */
class ForeignRegisterWritesIT {

  private static final LocalDate BORN = LocalDate.of(1980, 5, 17);

  @Test
  void aDeathOrADepartureRecordedByAnotherCantonAnswersAsForAnUnknownPerson() {
    TestCanton a = Fixture.canton();
    TestCanton b = Fixture.canton();
    String person = a.resident("Private Person", BORN, LocalDate.of(2010, 1, 1));
    String unknown = "P-" + Fixture.letters(10);

    for (String date : List.of("1900-01-02", BORN.minusDays(1).toString(), BORN.toString())) {
      for (String write : List.of("/death", "/moves")) {
        String body = "{\"date\":\"" + date + "\"}";
        var known = b.clerk.postJson("/api/people/" + person + write, body);
        var none = b.clerk.postJson("/api/people/" + unknown + write, body);

        String call = write + " on " + date;
        assertEquals(404, known.statusCode(), call + ": " + known.body());
        assertEquals(404, none.statusCode(), call + ": " + none.body());
        assertEquals(
            Api.json(none).getString("detail").replace(unknown, person),
            Api.json(known).getString("detail"),
            call);
        assertFalse(known.body().contains(BORN.toString()), call + ": " + known.body());
      }
    }

    var seen = Api.json(a.clerk.get("/api/people/" + person));
    assertTrue(absent(seen, "died"), "still alive: " + seen);
    assertEquals(1, seen.getJsonArray("residences").size(), seen.toString());
    assertTrue(
        absent(seen.getJsonArray("residences").getJsonObject(0), "to"),
        "still resident in A: " + seen);
  }

  /**
   * An arrival is claimed by the canton the person arrives in, which may never have seen them: it
   * quotes their date of birth from their papers. Without one, the same 400 for anyone (asked
   * before the person is looked up); with a wrong one, the answer for an unknown person whatever
   * the date, so the date window no longer names the birth to a stranger's guesses.
   */
  @Test
  void anArrivalClaimedByAnotherCantonAnswersAsForAnUnknownPersonWhateverTheDate() {
    TestCanton a = Fixture.canton();
    TestCanton b = Fixture.canton();
    String person = a.resident("Private Person", BORN, LocalDate.of(2010, 1, 1));
    String unknown = "P-" + Fixture.letters(10);
    String arrival = "{\"canton\":\"" + b.code + "\",\"date\":\"%s\"%s}";

    for (String date : List.of("1900-01-02", BORN.minusDays(1).toString())) {
      String unquoted = arrival.formatted(date, "");
      var knownUnquoted = b.clerk.postJson("/api/people/" + person + "/moves", unquoted);
      var noneUnquoted = b.clerk.postJson("/api/people/" + unknown + "/moves", unquoted);
      assertEquals(400, knownUnquoted.statusCode(), knownUnquoted.body());
      assertEquals(
          noneUnquoted.body().replace(unknown, person),
          knownUnquoted.body(),
          "the same question for anyone");
      assertTrue(knownUnquoted.body().contains("\"born\""), knownUnquoted.body());

      for (String guess : List.of("1900-01-01", "1980-05-16", "1980-05-18")) {
        String quoted = arrival.formatted(date, ",\"born\":\"" + guess + "\"");
        var known = b.clerk.postJson("/api/people/" + person + "/moves", quoted);
        var none = b.clerk.postJson("/api/people/" + unknown + "/moves", quoted);
        String call = "arrival on " + date + " quoting " + guess;
        assertEquals(404, none.statusCode(), call + ": " + none.body());
        assertEquals(404, known.statusCode(), call + ": " + known.body());
        assertEquals(
            Api.json(none).getString("detail").replace(unknown, person),
            Api.json(known).getString("detail"),
            call);
        assertFalse(known.body().contains(BORN.toString()), call + ": " + known.body());
      }
    }
    var early =
        b.clerk.postJson(
            "/api/people/" + person + "/moves",
            arrival.formatted("1900-01-02", ",\"born\":\"" + BORN + "\""));
    assertEquals(400, early.statusCode(), "who quotes the birth date knows it: " + early.body());
    assertEquals(
        1, Api.json(a.clerk.get("/api/people/" + person)).getJsonArray("residences").size());
  }

  @Test
  void theCantonTheyLiveInStillHearsWhatIsWrongWithTheDate() {
    TestCanton a = Fixture.canton();
    String person = a.resident("Private Person", BORN, LocalDate.of(2010, 1, 1));

    var early = a.clerk.postJson("/api/people/" + person + "/death", "{\"date\":\"1900-01-02\"}");
    var missing = a.clerk.postJson("/api/people/" + person + "/moves", "{}");

    assertEquals(400, early.statusCode(), early.body());
    assertTrue(early.body().contains("date"), early.body());
    assertEquals(400, missing.statusCode(), missing.body());
    assertTrue(missing.body().contains("date"), missing.body());
  }

  private static boolean absent(jakarta.json.JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }
}
