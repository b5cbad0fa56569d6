package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/**
 * More test data a test owns, beside {@link Fixture}: public functions and commons candidacies of a
 * test's own canton, and downloads as any fixture login.
 */
final class RollWorld {

  /** Ostrom's eight design principles, in the order the API lists them. */
  static final List<String> PRINCIPLES =
      List.of(
          "CLEARLY_DEFINED_BOUNDARIES",
          "BENEFITS_PROPORTIONAL_TO_COSTS",
          "COLLECTIVE_CHOICE_ARRANGEMENTS",
          "MONITORING_ACCOUNTABLE_TO_USERS",
          "GRADUATED_SANCTIONS",
          "FAST_CHEAP_CONFLICT_RESOLUTION",
          "RECOGNIZED_RIGHT_TO_ORGANIZE",
          "NESTED_ENTERPRISES");

  private RollWorld() {}

  /**
   * Registers a public function in the canton's register with a new id and returns the id; a
   * confederal one names the cantons that delegated it.
   */
  static String function(
      Api by,
      String canton,
      String name,
      String level,
      String scope,
      boolean coercive,
      String... delegatedBy) {
    String id = Fixture.unique("f");
    StringBuilder delegations = new StringBuilder("[");
    for (int i = 0; i < delegatedBy.length; i++) {
      delegations.append(i == 0 ? "\"" : ",\"").append(delegatedBy[i]).append('"');
    }
    var created =
        by.postJson(
            "/api/cantons/" + canton + "/functions",
            """
            {"id":"%s","name":"%s","level":"%s","scope":"%s","coercive":%s,"delegatedBy":%s}"""
                .formatted(id, name, level, scope, coercive, delegations.append(']')));
    assertEquals(201, created.statusCode(), created.body());
    return id;
  }

  /** A candidacy's claims: the first {@code met} principles met, each with evidence. */
  static String claims(int met) {
    StringBuilder json = new StringBuilder("{\"principles\":[");
    for (int i = 0; i < PRINCIPLES.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"principle\":\"")
          .append(PRINCIPLES.get(i))
          .append("\",\"met\":")
          .append(i < met)
          .append(",\"evidence\":\"Our statutes, article ")
          .append(i + 1)
          .append("\"}");
    }
    return json.append("]}").toString();
  }

  /** A review accepting every principle but those named. */
  static String verdicts(boolean accepted, String... rejected) {
    List<String> no = List.of(rejected);
    StringBuilder json = new StringBuilder("{\"principles\":[");
    for (int i = 0; i < PRINCIPLES.size(); i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"principle\":\"")
          .append(PRINCIPLES.get(i))
          .append("\",\"accepted\":")
          .append(accepted && !no.contains(PRINCIPLES.get(i)))
          .append(",\"comment\":\"checked\"}");
    }
    return json.append("]}").toString();
  }

  /** The foundation offers to run the function, meeting all eight principles; the candidacy id. */
  static long candidacy(Api foundation, String function) {
    var submitted = foundation.postJson("/api/functions/" + function + "/candidacies", claims(8));
    assertEquals(201, submitted.statusCode(), submitted.body());
    return Api.json(submitted).getJsonNumber("id").longValue();
  }

  /** The reviewer accepts every principle of the candidacy but those named. */
  static void review(Api reviewer, long candidacy, String... rejected) {
    var reviewed =
        reviewer.postJson("/api/candidacies/" + candidacy + "/review", verdicts(true, rejected));
    assertEquals(200, reviewed.statusCode(), reviewed.body());
  }

  /**
   * A new login of a role that is not the administrator's, in a canton of its own if it needs one.
   */
  static Api someone(String role) {
    return switch (role) {
      case "clerk" -> Fixture.canton().clerk;
      case "policy" -> Fixture.canton().policy;
      case "citizen" -> Fixture.canton().citizen("Cyd Citizen").api();
      case "foundation" -> Fixture.foundation(Fixture.organization("PHYLE", "Some Phyle"));
      default -> throw new IllegalArgumentException(role);
    };
  }
}
