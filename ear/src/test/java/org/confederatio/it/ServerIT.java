package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What anyone may reach: health, the API description, the sign-in page; and nothing else. */
class ServerIT {

  @Test
  void healthIsUpWithTheDatabase() {
    var response = Api.anonymous().get("/health");

    assertEquals(200, response.statusCode());
    var health = Api.json(response);
    assertEquals("UP", health.getString("status"));
    // the checks come in no set order: find the database's among them
    var database =
        health.getJsonArray("checks").stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getString("name").equals("database"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check: " + health));
    assertEquals("UP", database.getString("status"));
  }

  @Test
  void theOpenApiDocumentDescribesTheApi() {
    var response = Api.anonymous().get("/openapi");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/cantons"), "lists /api/cantons");
    assertTrue(response.body().contains("basic"), "declares HTTP Basic");
  }

  @Test
  void theSignInPageIsPublic() {
    var response = Api.anonymous().get("/login.xhtml");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("id=\"signIn:username\""));
  }

  @Test
  void anAnonymousVisitorIsSentToSignIn() {
    var response = Api.anonymous().get("/admin/index.xhtml");

    assertEquals(302, response.statusCode());
    assertEquals(
        DemoLogins.BASE_URL + "/login.xhtml?next=%2Fadmin%2Findex.xhtml",
        response.headers().firstValue("Location").orElseThrow());
  }
}
