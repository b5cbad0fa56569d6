package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down per account and per client address, and an unknown username
 * costs as much as a wrong password. Each test plays its own client addresses (X-Forwarded-For,
 * trusted by the test server) and its own logins, so no other test is slowed down. The test
 * server's first back-off is two seconds (its {@code confederatio.signin.backoff}).
 */
class SignInThrottlingIT {

  /** A login of the test's own (a foundation's: it needs no person in a register). */
  private static Api newLogin() {
    return Fixture.foundation(Fixture.organization("PHYLE", "Throttled Phyle"));
  }

  private static HttpResponse<String> me(String username, String password, String address) {
    return Api.as(username, password).from(address).get("/api/me");
  }

  private static String unknown() {
    return "nobody-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      assertProblem(me(username, "wrong-" + i, address), 401, "Not signed in");
    }
  }

  private static void assertThrottled(HttpResponse<String> response) {
    assertProblem(response, 429, "Too many sign-in attempts");
    long wait = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(wait >= 1, "Retry-After " + wait);
    String detail = Api.json(response).getString("detail");
    assertTrue(detail.contains("Try again in " + wait + " seconds"), detail);
    assertFalse(detail.matches(".*(Exception|org\\.|jakarta\\.|java\\.).*"), detail);
  }

  private static void waitOut(HttpResponse<String> throttled) throws InterruptedException {
    Thread.sleep(
        Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 300);
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordWaitsUntilTheBackOffLapses()
      throws InterruptedException {
    var login = newLogin();
    String address = Api.freshAddress();
    fail(login.username(), address, 5);

    var refused = me(login.username(), login.password(), address);
    assertThrottled(refused);
    assertThrottled(me(login.username(), login.password(), Api.freshAddress()));

    waitOut(refused);
    assertEquals(200, me(login.username(), login.password(), address).statusCode());
  }

  @Test
  void aSuccessClearsTheAccountsFailures() {
    var login = newLogin();
    String address = Api.freshAddress();

    fail(login.username(), address, 4);
    assertEquals(200, me(login.username(), login.password(), address).statusCode());
    fail(login.username(), address, 4);

    assertEquals(
        200,
        me(login.username(), login.password(), address).statusCode(),
        "eight failures, but never five since the last success");
  }

  @Test
  void anUnknownUsernameIsThrottledLikeAKnownOne() {
    String nobody = unknown();
    String address = Api.freshAddress();
    fail(nobody, address, 5);

    assertThrottled(me(nobody, "wrong", address));
  }

  @Test
  void manyFailuresFromOneAddressRefuseEveryAccountFromIt() {
    var login = newLogin();
    String address = Api.freshAddress();
    for (int i = 0; i < 20; i++) {
      fail(unknown(), address, 1);
    }

    assertThrottled(me(unknown(), "wrong", address));
    assertThrottled(me(login.username(), login.password(), address));
    assertEquals(
        200,
        me(login.username(), login.password(), Api.freshAddress()).statusCode(),
        "the same login from elsewhere");
  }

  @Test
  void theSignInPageSaysSo() {
    String nobody = unknown();
    String address = Api.freshAddress();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, FormSignIn.as(nobody, "wrong", address).answer.statusCode());
    }

    var refused = FormSignIn.as(nobody, "wrong", address).answer;

    assertEquals(429, refused.statusCode());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    assertTrue(
        refused.body().contains("Too many failed sign-ins for this account or from your address"),
        refused.body());
  }
}
