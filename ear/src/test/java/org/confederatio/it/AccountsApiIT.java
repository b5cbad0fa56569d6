package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Logins kept by the administrator, and a new canton's founding policy. */
class AccountsApiIT {

  @Test
  void anAdministratorCreatesACantonWithItsOfficialsWhoSignInWithTheirFirstPassword() {
    TestCanton canton = Fixture.canton();

    var me = Api.json(canton.clerk.get("/api/me"));
    assertEquals("clerk", me.getString("role"));
    assertEquals(canton.code, me.getString("canton"));
    assertEquals(canton.code, Api.json(canton.policy.get("/api/me")).getString("canton"));
  }

  @Test
  void aNewCantonsFoundingPolicyIsInForceAndASecondOneForAYearBegunIsRefused() {
    TestCanton canton = Fixture.canton();

    var history = Api.structure(canton.clerk.get(canton.path("/policies"))).asJsonArray();
    assertEquals(1, history.size());
    assertEquals(TestCanton.FIRST_YEAR, history.getJsonObject(0).getInt("validFrom"));
    assertEquals("IN_FORCE", history.getJsonObject(0).getString("standing"));

    var again =
        canton.policy.postJson(
            canton.path("/policies"),
            TestCanton.DEFAULT_POLICY.formatted(ServerClock.YEAR, ServerClock.TODAY));
    assertProblem(again, 400, "Invalid input");
    assertTrue(again.body().contains("validFrom"), again.body());
  }

  @Test
  void aCitizensLoginIsBoundToTheirPersonOnceOnly() {
    TestCanton canton = Fixture.canton();
    String person = canton.resident("Ana Example", LocalDate.of(1990, 5, 1), ServerClock.TODAY);
    Fixture.account("citizen", null, null, person);

    var second =
        Fixture.ADMIN.postJson(
            "/api/accounts",
            "{\"username\":\"%s\",\"role\":\"citizen\",\"displayName\":\"Ana\",\"person\":\"%s\"}"
                .formatted(Fixture.unique("citizen"), person));

    assertProblem(second, 400, "Invalid input");
    assertTrue(second.body().contains("already has a login"), second.body());
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsCreated() {
    String username = Fixture.unique("clerk");
    var refused =
        Fixture.ADMIN.postJson(
            "/api/accounts",
            "{\"username\":\"%s\",\"role\":\"clerk\",\"displayName\":\"\",\"canton\":\"NOSUCHCA\",\"organization\":\"commons-of-code\"}"
                .formatted(username));

    assertProblem(refused, 400, "Invalid input");
    var body = refused.body();
    assertTrue(body.contains("displayName"), body);
    assertTrue(body.contains("not a registered canton"), body);
    assertTrue(body.contains("only for a foundation"), body);
    assertFalse(accountExists(username));
  }

  @Test
  void aTakenUsernameIsAConflict() {
    var taken =
        Fixture.ADMIN.postJson(
            "/api/accounts",
            "{\"username\":\"clerk\",\"role\":\"admin\",\"displayName\":\"Another clerk\"}");

    assertProblem(taken, 409, "Conflict");
  }

  @Test
  void onlyTheAdministratorKeepsLoginsAndNoHashIsEverShown() {
    TestCanton canton = Fixture.canton();
    String username = Fixture.unique("clerk");
    var byClerk =
        canton.clerk.postJson(
            "/api/accounts",
            "{\"username\":\"%s\",\"role\":\"clerk\",\"displayName\":\"Mine\",\"canton\":\"%s\"}"
                .formatted(username, canton.code));

    assertEquals(403, byClerk.statusCode(), byClerk.body());
    assertEquals(403, canton.clerk.get("/api/accounts").statusCode());
    assertFalse(accountExists(username));
    var list = Fixture.ADMIN.get("/api/accounts?size=200");
    assertEquals(200, list.statusCode());
    assertFalse(list.body().toLowerCase().contains("hash"), list.body());
    assertFalse(list.body().contains("PBKDF2"), list.body());
  }

  private static boolean accountExists(String username) {
    for (int page = 0; ; page++) {
      var accounts =
          Api.structure(Fixture.ADMIN.get("/api/accounts?size=200&page=" + page)).asJsonArray();
      if (accounts.isEmpty()) {
        return false;
      }
      if (accounts.stream()
          .anyMatch(a -> a.asJsonObject().getString("username").equals(username))) {
        return true;
      }
    }
  }
}
