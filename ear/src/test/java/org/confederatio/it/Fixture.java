package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.security.SecureRandom;

/**
 * Test data a test owns: a canton, organizations and logins of its own, created through the API as
 * the administrator would, with names no other test or earlier run uses. A test that works on what
 * it created passes in any order and on a database others have filled.
 */
final class Fixture {

  static final Api ADMIN = Api.as("admin");

  private static final SecureRandom RANDOM = new SecureRandom();

  private Fixture() {}

  /** {@code count} random capital letters, for a canton code of this run. */
  static String letters(int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('A' + RANDOM.nextInt(26)));
    }
    return s.toString();
  }

  /** A lower-case id no earlier run used, e.g. {@code org-k3j9x2m1}. */
  static String unique(String prefix) {
    return prefix + "-" + letters(8).toLowerCase(java.util.Locale.ROOT);
  }

  /** A new canton with a clerk and a policy officer, and the default founding policy. */
  static TestCanton canton() {
    return TestCanton.create(TestCanton.DEFAULT_POLICY);
  }

  /** A new active organization of the kind, registered by the administrator. */
  static String organization(String kind, String name) {
    String id = unique("org");
    created(
        ADMIN.postJson(
            "/api/organizations",
            "{\"id\":\"%s\",\"name\":\"%s\",\"kind\":\"%s\"}".formatted(id, name, kind)));
    return id;
  }

  /** Accredits the organization in the canton from the fiscal year. */
  static void accredit(String organization, String canton, int fromYear) {
    created(
        ADMIN.postJson(
            "/api/organizations/" + organization + "/accreditations",
            "{\"canton\":\"%s\",\"fromYear\":%d}".formatted(canton, fromYear)));
  }

  /** A foundation's login for the organization. */
  static Api foundation(String organization) {
    return account("foundation", null, organization, null);
  }

  /**
   * A new login made by the administrator; the first password comes back once and signs the
   * returned client in.
   */
  static Api account(String role, String canton, String organization, String person) {
    String username = unique(role);
    var response =
        ADMIN.postJson(
            "/api/accounts",
            "{\"username\":\"%s\",\"role\":\"%s\",\"displayName\":\"%s\",\"canton\":%s,\"organization\":%s,\"person\":%s}"
                .formatted(
                    username,
                    role,
                    "Test " + role + " " + username,
                    quoted(canton),
                    quoted(organization),
                    quoted(person)));
    created(response);
    return Api.as(username, Api.json(response).getString("initialPassword"));
  }

  static HttpResponse<String> created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return response;
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
