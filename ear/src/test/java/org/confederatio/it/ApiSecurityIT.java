package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API refuses the anonymous, the wrong password and the wrong role, each with a problem
 * document.
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
    var response = Api.as("admin", "not-the-password").get("/api/cantons");

    assertProblem(response, 401, "Not signed in");
    assertEquals("Wrong username or password.", Api.json(response).getString("detail"));
  }

  @Test
  void anUnknownUserIsRefused() {
    assertProblem(Api.as("nobody", "x").get("/api/me"), 401, "Not signed in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "clerk", "policy", "citizen", "foundation"})
  void everyRoleSignsInAndIsToldWhoItIs(String username) {
    var response = Api.as(username).get("/api/me");

    assertEquals(200, response.statusCode());
    assertEquals(username, Api.json(response).getString("role"));
  }

  @Test
  void aClerkIsBoundToTheirCanton() {
    var me = Api.json(Api.as("clerk-montes").get("/api/me"));

    assertEquals("MON", me.getString("canton"));
  }

  @Test
  void aFoundationIsBoundToItsOrganization() {
    var me = Api.json(Api.as("foundation").get("/api/me"));

    assertEquals("commons-of-code", me.getString("organization"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"clerk", "policy", "citizen", "foundation"})
  void onlyAnAdminRegistersACanton(String username) {
    String code = Codes.fresh();
    var response =
        Api.as(username).postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"X\"}");

    assertProblem(response, 403, "Forbidden");
    assertEquals(
        404, Api.as("admin").get("/api/cantons/" + code).statusCode(), "nothing was registered");
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
