package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API refuses the anonymous, the wrong password and the wrong role, each with a problem
 * document. Every login but the global administrator's is the test's own.
 */
class ApiSecurityIT {

  @Test
  void anAnonymousRequestIsChallenged() {
    var response = Api.anonymous().get("/api/cantons");

    assertProblem(response, 401, "Not signed in");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    Api foundation = RollWorld.someone("foundation");
    var response = Api.as(foundation.username(), "not-the-password").get("/api/cantons");

    assertProblem(response, 401, "Not signed in");
    assertEquals("Wrong username or password.", Api.json(response).getString("detail"));
  }

  @Test
  void anUnknownUserIsRefused() {
    assertProblem(Api.as(Fixture.unique("nobody"), "x").get("/api/me"), 401, "Not signed in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "clerk", "policy", "citizen", "foundation"})
  void everyRoleSignsInAndIsToldWhoItIs(String role) {
    Api someone = role.equals("admin") ? Fixture.ADMIN : RollWorld.someone(role);

    var response = someone.get("/api/me");

    assertEquals(200, response.statusCode());
    assertEquals(role, Api.json(response).getString("role"));
    assertEquals(someone.username(), Api.json(response).getString("username"));
  }

  @Test
  void aClerkIsBoundToTheirCanton() {
    TestCanton canton = Fixture.canton();

    var me = Api.json(canton.clerk.get("/api/me"));

    assertEquals(canton.code, me.getString("canton"));
  }

  @Test
  void aFoundationIsBoundToItsOrganization() {
    String organization = Fixture.organization("COMMONS_FOUNDATION", "Bound Commons");

    var me = Api.json(Fixture.foundation(organization).get("/api/me"));

    assertEquals(organization, me.getString("organization"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clerk", "policy", "citizen", "foundation"})
  void onlyAnAdminRegistersACanton(String role) {
    Api someone = RollWorld.someone(role);
    String code = Codes.fresh();
    var response = someone.postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"X\"}");

    assertProblem(response, 403, "Forbidden");
    assertEquals(
        404, Fixture.ADMIN.get("/api/cantons/" + code).statusCode(), "nothing was registered");
  }

  static void assertProblem(HttpResponse<String> response, int status, String title) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    var problem = Api.json(response);
    assertEquals(status, problem.getInt("status"));
    assertEquals(title, problem.getString("title"));
    assertTrue(!problem.getString("detail").isBlank(), "says what to do");
  }

  /**
   * 403 as a problem, whether the role was wrong (Forbidden) or the canton or organization (Access
   * refused).
   */
  static void assertRefused(HttpResponse<String> response) {
    assertEquals(403, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElseThrow()
            .startsWith("application/problem+json"));
    assertTrue(
        java.util.List.of("Forbidden", "Access refused")
            .contains(Api.json(response).getString("title")),
        response.body());
  }
}
