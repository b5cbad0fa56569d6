package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The register of organizations and their accreditations, kept by the confederal administrator. */
class OrganizationsApiIT {

  private final Api admin = Fixture.ADMIN;

  private String registered() {
    String id = "org-" + UUID.randomUUID().toString().substring(0, 8);
    var response =
        admin.postJson(
            "/api/organizations",
            """
        {"id":"%s","name":"Test Commons","kind":"COMMONS_FOUNDATION","website":"https://example.org",
         "payoutReference":"IBAN-TEST"}"""
                .formatted(id));
    assertEquals(201, response.statusCode(), response.body());
    return id;
  }

  /** Whether the canton's public list of the year names the organization. */
  private boolean accredited(Api reader, String canton, int year, String id) {
    return Api.structure(reader.get("/api/cantons/" + canton + "/accredited?year=" + year))
        .asJsonArray()
        .stream()
        .anyMatch(v -> v.toString().equals("\"" + id + "\""));
  }

  @Test
  void anAdminRegistersAndEditsAnOrganization() {
    String id = registered();

    var edited =
        admin.putJson(
            "/api/organizations/" + id, "{\"name\":\"Renamed Commons\",\"kind\":\"PHYLE\"}");

    assertEquals(200, edited.statusCode(), edited.body());
    var shown = Api.json(RollWorld.someone("citizen").get("/api/organizations/" + id));
    assertEquals("Renamed Commons", shown.getString("name"));
    assertEquals("PHYLE", shown.getString("kind"));
    assertFalse(shown.containsKey("payoutReference"), "payout references are not public");
  }

  @Test
  void everyBadFieldIsNamed() {
    var response =
        admin.postJson(
            "/api/organizations",
            "{\"id\":\"Bad Id\",\"name\":\"\",\"kind\":\"CHURCH\",\"website\":\"ftp://x\"}");

    assertProblem(response, 400, "Invalid input");
    var fields =
        Api.json(response).getJsonArray("violations").stream()
            .map(v -> v.asJsonObject().getString("field"))
            .toList();
    assertEquals(java.util.List.of("id", "name", "kind", "website"), fields);
  }

  @Test
  void aTakenIdIsAConflict() {
    String id = registered();

    assertProblem(
        admin.postJson(
            "/api/organizations", "{\"id\":\"" + id + "\",\"name\":\"X\",\"kind\":\"PHYLE\"}"),
        409,
        "Conflict");
    assertEquals("Test Commons", Api.json(admin.get("/api/organizations/" + id)).getString("name"));
  }

  @Test
  void aSuspendedOrganizationCannotBeChosenUntilReinstated() {
    TestCanton canton = Fixture.canton();
    Api citizen = canton.citizen("Cyd Citizen").api();
    String id = registered();
    assertEquals(
        201,
        admin
            .postJson(
                "/api/organizations/" + id + "/accreditations",
                "{\"canton\":\"" + canton.code + "\",\"fromYear\":2026}")
            .statusCode());
    assertTrue(accredited(citizen, canton.code, 2026, id));

    assertEquals(
        "SUSPENDED",
        Api.json(admin.postJson("/api/organizations/" + id + "/suspension", ""))
            .getString("status"));
    assertFalse(accredited(citizen, canton.code, 2026, id));

    assertEquals(200, admin.delete("/api/organizations/" + id + "/suspension").statusCode());
    assertTrue(accredited(citizen, canton.code, 2026, id));
  }

  @Test
  void anAccreditationRunsFromAYearUntilItIsWithdrawn() {
    TestCanton canton = Fixture.canton();
    String code = canton.code;
    Api citizen = canton.citizen("Cyd Citizen").api();
    String id = registered();
    assertEquals(
        201,
        admin
            .postJson(
                "/api/organizations/" + id + "/accreditations",
                "{\"canton\":\"" + code + "\",\"fromYear\":2026}")
            .statusCode());

    assertProblem(
        admin.postJson(
            "/api/organizations/" + id + "/accreditations",
            "{\"canton\":\"" + code + "\",\"fromYear\":2027}"),
        409,
        "Conflict");
    assertProblem(
        admin.postJson(
            "/api/organizations/" + id + "/accreditations/" + code + "/withdrawal",
            "{\"untilYear\":2020}"),
        400,
        "Invalid input");
    var withdrawn =
        admin.postJson(
            "/api/organizations/" + id + "/accreditations/" + code + "/withdrawal",
            "{\"untilYear\":2027}");

    assertEquals(200, withdrawn.statusCode(), withdrawn.body());
    assertFalse(accredited(citizen, code, 2025, id));
    assertTrue(accredited(citizen, code, 2027, id));
    assertFalse(accredited(citizen, code, 2028, id));
    assertEquals(
        1,
        Api.structure(
                RollWorld.someone("foundation").get("/api/organizations/" + id + "/accreditations"))
            .asJsonArray()
            .size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"clerk", "policy", "citizen", "foundation"})
  void onlyTheAdministratorChangesTheRegister(String role) {
    Api other = RollWorld.someone(role);
    String id = registered();
    String code = Fixture.canton().code;
    String nope = Fixture.unique("nope");
    assertProblem(
        other.postJson(
            "/api/organizations", "{\"id\":\"" + nope + "\",\"name\":\"X\",\"kind\":\"PHYLE\"}"),
        403,
        "Forbidden");
    assertProblem(
        other.putJson("/api/organizations/" + id, "{\"name\":\"X\",\"kind\":\"PHYLE\"}"),
        403,
        "Forbidden");
    assertProblem(other.postJson("/api/organizations/" + id + "/suspension", ""), 403, "Forbidden");
    assertProblem(
        other.postJson(
            "/api/organizations/" + id + "/accreditations",
            "{\"canton\":\"" + code + "\",\"fromYear\":2030}"),
        403,
        "Forbidden");
    assertEquals("ACTIVE", Api.json(admin.get("/api/organizations/" + id)).getString("status"));
  }

  @Test
  void theYearIsRequired() {
    TestCanton canton = Fixture.canton();
    assertProblem(canton.clerk.get(canton.path("/accredited")), 400, "Invalid input");
  }
}
