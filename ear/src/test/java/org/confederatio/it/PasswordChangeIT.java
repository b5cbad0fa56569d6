package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code PUT /api/me/password}: the current password must be right, the new one must keep the rule,
 * and once changed the old one stops working at once, cached or not. Each test changes the password
 * of a login of its own, made by the administrator through {@code POST /api/accounts}.
 */
class PasswordChangeIT {

  private final String address = Api.freshAddress();

  /** A new login (a foundation's: it needs no person in a register) and its first password. */
  private static Api newLogin() {
    return Fixture.foundation(Fixture.organization("PHYLE", "Password Phyle"));
  }

  private static String change(String current, String replacement) {
    var body = Json.createObjectBuilder();
    if (current != null) {
      body.add("current", current);
    }
    if (replacement != null) {
      body.add("new", replacement);
    }
    return body.build().toString();
  }

  private HttpResponse<String> put(String username, String password, String body) {
    return Api.as(username, password).from(address).putJson("/api/me/password", body);
  }

  private static List<String> fields(HttpResponse<String> response) {
    return Api.json(response).getJsonArray("violations").stream()
        .map(v -> v.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void theOldPasswordStopsWorkingAtOnceEvenWhenCached() {
    Api login = newLogin();
    Api old = Api.as(login.username(), login.password()).from(address);
    assertEquals(200, old.get("/api/me").statusCode());
    assertEquals(200, old.get("/api/me").statusCode(), "now from the cache");
    String replacement = "a long walk by the lake " + UUID.randomUUID();

    var changed = put(login.username(), login.password(), change(login.password(), replacement));

    assertEquals(204, changed.statusCode(), changed.body());
    assertProblem(old.get("/api/me"), 401, "Not signed in");
    var me = Api.as(login.username(), replacement).from(address).get("/api/me");
    assertEquals(200, me.statusCode());
    assertEquals(login.username(), Api.json(me).getString("username"));
  }

  @Test
  void eachWrongFieldIsNamedAndNothingChanges() {
    Api login = newLogin();
    String right = login.password();
    String good = "a long walk by the lake";

    assertEquals(List.of("current"), fields(put(login.username(), right, change("wrong", good))));
    assertEquals(List.of("current", "new"), fields(put(login.username(), right, "{}")));
    for (String bad :
        List.of(
            "short",
            "aaaaaaaaaaaaaaaaaaaa",
            "abababababababababab",
            login.username(),
            right,
            "x".repeat(64) + "y".repeat(64) + "z".repeat(4872))) {
      var refused = put(login.username(), right, change(right, bad));
      assertProblem(refused, 400, "Invalid input");
      assertEquals(List.of("new"), fields(refused), bad.length() + " characters");
    }

    assertEquals(200, Api.as(login.username(), right).from(address).get("/api/me").statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "clerk", "policy", "citizen", "foundation"})
  void everyRoleMayChangeItsOwnPassword(String role) {
    // the right current password and a new one the rule refuses: reached, judged, nothing changed
    // (the global administrator's own login, the others new ones)
    Api login = role.equals("admin") ? Fixture.ADMIN : RollWorld.someone(role);

    var refused =
        login.from(address).putJson("/api/me/password", change(login.password(), "short"));

    assertProblem(refused, 400, "Invalid input");
    assertEquals(List.of("new"), fields(refused));
    assertEquals(200, login.get("/api/me").statusCode());
  }

  @Test
  void theSessionCookieAloneCannotChangeAPassword() {
    Api login = newLogin();
    var browser =
        Api.withCookie(FormSignIn.as(login.username(), login.password(), address).sessionCookie());

    var refused =
        browser.putJson("/api/me/password", change(login.password(), "a long walk by the lake"));

    assertEquals(401, refused.statusCode(), refused.body());
    assertTrue(Api.json(refused).getString("detail").contains("Authorization header"));
    assertEquals(
        200, Api.as(login.username(), login.password()).from(address).get("/api/me").statusCode());
  }

  /**
   * On the page, whoever holds a signed-in browser could guess the current password: five wrong
   * ones make the account wait like five failed sign-ins. (Through the API every call proves the
   * password in its Authorization header, which counts as a successful sign-in.)
   */
  @Test
  void wrongCurrentPasswordsOnThePageAreThrottledLikeSignIns() throws InterruptedException {
    Api login = newLogin();
    String cookie = FormSignIn.as(login.username(), login.password(), address).sessionCookie();
    String replacement = "a long walk by the lake";
    for (int i = 0; i < 5; i++) {
      var refused = onThePage(cookie, "wrong-" + i, replacement);
      assertTrue(refused.body().contains("This is not your current password."), refused.body());
    }

    var throttled = onThePage(cookie, login.password(), replacement);

    var wait =
        java.util.regex.Pattern.compile("Try again in (\\d+) seconds").matcher(throttled.body());
    assertTrue(wait.find(), throttled.body());
    Thread.sleep(Long.parseLong(wait.group(1)) * 1000 + 300);
    assertEquals(
        200,
        Api.as(login.username(), login.password()).from(address).get("/api/me").statusCode(),
        "the right password, now the back-off has lapsed: nothing was changed");
  }

  private HttpResponse<String> onThePage(String cookie, String current, String replacement) {
    return FormSignIn.submit(
        cookie,
        address,
        "/password.xhtml",
        "password",
        java.util.Map.of(
            "current", current,
            "new", replacement,
            "confirmation", replacement,
            "submit", "Change password"));
  }
}
