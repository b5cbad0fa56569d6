package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The web boundary: the API takes no ambient authority from a browser's cookie, Basic calls leave
 * no cookie behind, the session cookie is HttpOnly and SameSite, every response carries the
 * security headers, and every endpoint refuses a body of a media type it does not take.
 */
class BoundaryIT {

  /** A canton of this class's own, with a citizen, made once for all its tests. */
  private static final class Own {
    static final TestCanton CANTON = Fixture.canton();
    static final Api CITIZEN = CANTON.citizen("Bea Boundary").api();
  }

  private final Api admin = Fixture.ADMIN;

  private static Api adminsBrowser() {
    return Api.withCookie(FormSignIn.as("admin", DemoLogins.password("admin")).sessionCookie());
  }

  private static Api citizensBrowser() {
    return Api.withCookie(
        FormSignIn.as(Own.CITIZEN.username(), Own.CITIZEN.password()).sessionCookie());
  }

  private String organization() {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    var response =
        admin.postJson(
            "/api/organizations",
            "{\"id\":\"" + id + "\",\"name\":\"Boundary Commons\",\"kind\":\"PHYLE\"}");
    assertEquals(201, response.statusCode(), response.body());
    return id;
  }

  private String status(String organization) {
    return Api.json(admin.get("/api/organizations/" + organization)).getString("status");
  }

  /** Refused as a problem, 401 or 403, whichever the address's protection gives. */
  private static void assertRefusedWithoutAuthorization(HttpResponse<String> response) {
    assertTrue(
        response.statusCode() == 401 || response.statusCode() == 403,
        response.statusCode() + " " + response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem"));
    assertTrue(Api.json(response).getString("detail").contains("Authorization header"));
  }

  @Test
  void aStateChangingCallWithOnlyTheSessionCookieIsRefusedAndChangesNothing() {
    Api browser = adminsBrowser();
    String code = Codes.fresh();
    String suspended = organization();
    assertEquals(
        200, admin.postJson("/api/organizations/" + suspended + "/suspension", "").statusCode());
    String active = organization();
    long run = Own.CANTON.draftRun();

    assertRefusedWithoutAuthorization(
        browser.postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"Cookie\"}"));
    assertRefusedWithoutAuthorization(
        browser.send(
            "POST",
            "/api/cantons",
            "application/x-www-form-urlencoded",
            "code=" + code + "&name=Cookie"));
    assertRefusedWithoutAuthorization(
        browser.putJson(
            "/api/organizations/" + active,
            "{\"name\":\"Renamed by a cookie\",\"kind\":\"PHYLE\"}"));
    assertRefusedWithoutAuthorization(
        browser.delete("/api/organizations/" + suspended + "/suspension"));
    assertRefusedWithoutAuthorization(
        browser.send("POST", "/api/organizations/" + active + "/suspension", null, null));
    // an address open to anonymous readers refuses it just the same
    assertRefusedWithoutAuthorization(
        browser.send("POST", "/api/allocation-runs/" + run + "/publish", null, null));

    assertEquals(404, admin.get("/api/cantons/" + code).statusCode(), "no canton was registered");
    assertEquals(
        "Boundary Commons", Api.json(admin.get("/api/organizations/" + active)).getString("name"));
    assertEquals("ACTIVE", status(active));
    assertEquals("SUSPENDED", status(suspended));
    assertEquals(
        "DRAFT",
        Api.json(Own.CANTON.clerk.get("/api/allocation-runs/" + run))
            .getJsonObject("run")
            .getString("state"));
  }

  @Test
  void theSessionCookieStillReadsTheApi() {
    var me = adminsBrowser().get("/api/me");

    assertEquals(200, me.statusCode(), me.body());
    assertEquals("admin", Api.json(me).getString("username"));
  }

  @Test
  void basicCallsSetNoCookie() {
    List<HttpResponse<String>> responses =
        List.of(
            Own.CANTON.clerk.get("/api/me"),
            Own.CANTON.clerk.get(Own.CANTON.path("/roll?date=" + ServerClock.TODAY)),
            admin.postJson("/api/cantons", "{\"code\":\"bad code\",\"name\":\"\"}"),
            Api.as("nobody-" + UUID.randomUUID(), "wrong").from(Api.freshAddress()).get("/api/me"));

    for (var response : responses) {
      assertEquals(
          List.of(),
          response.headers().allValues("Set-Cookie"),
          response.request().uri() + " answered " + response.statusCode());
    }
  }

  @Test
  void theSignInGivesAFreshSessionCookieThatIsHttpOnlyAndSameSite() {
    var signIn = FormSignIn.as(Own.CITIZEN.username(), Own.CITIZEN.password());

    assertEquals(302, signIn.answer.statusCode(), signIn.answer.body());
    String cookie = FormSignIn.setCookie(signIn.answer, "JSESSIONID").orElseThrow();
    String attributes = cookie.toLowerCase(Locale.ROOT);
    assertTrue(attributes.contains("; httponly"), cookie);
    assertTrue(
        attributes.contains("; samesite=lax") || attributes.contains("; samesite=strict"), cookie);
    String before = FormSignIn.setCookie(signIn.page, "JSESSIONID").orElseThrow();
    assertTrue(before.toLowerCase(Locale.ROOT).contains("; samesite=lax"), before);
    assertNotEquals(before.split(";")[0], cookie.split(";")[0], "a new session id once signed in");
    assertTrue(
        FormSignIn.cookies(signIn.answer).stream().noneMatch(c -> c.startsWith("LtpaToken2=")),
        "no single sign-on cookie: " + FormSignIn.cookies(signIn.answer));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "page, /login.xhtml",
    "signed-in page, /citizen/index.xhtml",
    "API, /api/me",
    "refused API call, /api/cantons",
    "static file, /jakarta.faces.resource/css/app.css.xhtml"
  })
  void everyResponseCarriesTheSecurityHeaders(String kind, String path) {
    HttpResponse<String> response =
        switch (kind) {
          case "signed-in page" -> citizensBrowser().get(path);
          case "API" -> Own.CITIZEN.get(path);
          default -> Api.anonymous().get(path);
        };

    String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("default-src 'self'"), policy);
    assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
    assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
    assertFalse(
        response.headers().firstValue("Strict-Transport-Security").isPresent(),
        "HSTS means nothing on plain HTTP");
  }

  @Test
  void httpsSendsStrictTransportSecurity() throws Exception {
    var response = Https.get("/login.xhtml");

    assertEquals(200, response.statusCode());
    String hsts = response.headers().firstValue("Strict-Transport-Security").orElse("");
    assertTrue(hsts.startsWith("max-age="), hsts);
    assertTrue(Long.parseLong(hsts.substring(8).split(";")[0].strip()) >= 31_536_000, hsts);
  }

  @Test
  void aJsonEndpointTakesOnlyJson() {
    String code = Codes.fresh();
    String json = "{\"code\":\"" + code + "\",\"name\":\"Plain\"}";

    assertProblem(
        admin.send("POST", "/api/cantons", "text/plain", json), 415, "Unsupported Media Type");
    assertProblem(
        admin.send("POST", "/api/cantons", "application/x-www-form-urlencoded", "code=" + code),
        415,
        "Unsupported Media Type");
    assertEquals(404, admin.get("/api/cantons/" + code).statusCode(), "nothing was registered");
  }

  @Test
  void aCsvImportTakesOnlyTextCsv() {
    String id = "B-" + UUID.randomUUID().toString().substring(0, 13);
    String csv =
        "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n"
            + id
            + ",Plain Text,1990-05-01,2020-01-01,,,,\n";

    Api clerk = Own.CANTON.clerk;
    String people = Own.CANTON.path("/people/import");
    assertProblem(clerk.send("POST", people, "text/plain", csv), 415, "Unsupported Media Type");
    assertProblem(
        clerk.send(
            "POST",
            Own.CANTON.path("/imports/assessments?year=" + (ServerClock.YEAR - 1)),
            "text/plain",
            "taxpayer,tax\n" + id + ",100.00\n"),
        415,
        "Unsupported Media Type");
    assertEquals(404, clerk.get("/api/people/" + id).statusCode(), "nobody was imported");

    assertEquals(200, clerk.postCsv(people, csv).statusCode());
    assertEquals(200, clerk.get("/api/people/" + id).statusCode(), "the same file as text/csv");
  }

  @Test
  void aCallThatTakesNoBodyRefusesOne() {
    String id = organization();
    String suspension = "/api/organizations/" + id + "/suspension";

    for (String[] body :
        List.of(
            new String[] {"application/x-www-form-urlencoded", ""},
            new String[] {"application/x-www-form-urlencoded", "confirm=yes"},
            new String[] {"text/plain", "suspend"},
            new String[] {"multipart/form-data; boundary=x", "--x--"},
            new String[] {"application/json", "{\"why\":\"because\"}"})) {
      assertProblem(
          admin.send("POST", suspension, body[0], body[1]), 415, "Unsupported Media Type");
    }
    assertEquals("ACTIVE", status(id), "nothing was suspended");

    assertEquals(200, admin.send("POST", suspension, null, null).statusCode(), "no body at all");
    assertProblem(
        admin.send("DELETE", suspension, "text/plain", "x"), 415, "Unsupported Media Type");
    assertEquals("SUSPENDED", status(id));
    assertEquals(200, admin.send("DELETE", suspension, "application/json", "").statusCode());
    assertEquals("ACTIVE", status(id));
  }
}
