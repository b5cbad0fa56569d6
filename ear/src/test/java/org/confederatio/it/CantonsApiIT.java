package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Registering and reading cantons through the API, with its bad inputs. */
class CantonsApiIT {

  private final Api admin = Fixture.ADMIN;

  @Test
  void theRegisteredCantonsAreListed() {
    TestCanton first = Fixture.canton();
    TestCanton second = Fixture.canton();

    var cantons =
        Api.structure(first.citizen("Lis Lister").api().get("/api/cantons")).asJsonArray();

    assertTrue(
        cantons.stream()
            .map(c -> c.asJsonObject().getString("code"))
            .toList()
            .containsAll(java.util.List.of(first.code, second.code)),
        cantons.toString());
  }

  @Test
  void anAdminRegistersACanton() {
    String code = Codes.fresh();
    var created =
        admin.postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"  Nova  \"}");

    assertEquals(201, created.statusCode(), created.body());
    assertEquals(
        DemoLogins.BASE_URL + "/api/cantons/" + code,
        created.headers().firstValue("Location").orElseThrow());
    assertEquals("Nova", Api.json(admin.get("/api/cantons/" + code)).getString("name"));
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsRegistered() {
    var response = admin.postJson("/api/cantons", "{\"code\":\"tx1\",\"name\":\" \"}");

    assertProblem(response, 400, "Invalid input");
    var violations = Api.json(response).getJsonArray("violations");
    assertEquals(2, violations.size());
    assertEquals("code", violations.getJsonObject(0).getString("field"));
    assertEquals("name", violations.getJsonObject(1).getString("field"));
    assertEquals("is required", violations.getJsonObject(1).getString("message"));
  }

  @Test
  void aTakenCodeIsAConflict() {
    String code = Codes.fresh();
    Fixture.created(
        admin.postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"Lacus\"}"));

    var response =
        admin.postJson("/api/cantons", "{\"code\":\"" + code + "\",\"name\":\"Another Lacus\"}");

    assertProblem(response, 409, "Conflict");
    assertEquals(
        "Lacus", Api.json(admin.get("/api/cantons/" + code)).getString("name"), "unchanged");
  }

  @Test
  void malformedJsonIsRefused() {
    assertProblem(admin.postJson("/api/cantons", "{\"code\":"), 400, "Unreadable body");
  }

  @Test
  void anUnknownCantonIsNotFound() {
    assertProblem(admin.get("/api/cantons/ZZZZ"), 404, "Not found");
  }

  @Test
  void organizationsComeAPageAtATime() {
    // twenty of the test's own, so that a second page of ten is full whatever else is registered
    String last = null;
    for (int i = 0; i < 20; i++) {
      last = Fixture.organization("PHYLE", "Paged Phyle " + i);
    }

    var page = Api.json(Fixture.foundation(last).get("/api/organizations?page=1&size=10"));

    assertTrue(page.getInt("total") >= 20, "the twenty registered here and any others");
    assertEquals(10, page.getJsonArray("items").size());
    assertEquals(1, page.getInt("page"));
  }

  @Test
  void anOversizedPageIsRefused() {
    assertProblem(admin.get("/api/organizations?size=1000"), 400, "Invalid input");
  }
}
