package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The policy officer of a canton of the test's own schedules the next version of the canton's
 * policy in Chromium, and the version is stored as scheduled.
 */
class PoliciesBrowserIT extends BrowserTest {

  private static void type(String id, String text) {
    var field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void aPolicyOfficerSchedulesTheNextVersionAndItIsStored() {
    TestCanton canton = Fixture.canton();
    int year = ServerClock.YEAR + 1;
    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/policies.xhtml")
        .checkAccessibility();
    // the version in force, in words: its rate as a percentage, not a fraction
    assertTrue(browser.text("history").contains("1%"), browser.text("history"));

    type("draft:validFrom", Integer.toString(year));
    type("draft:designableRate", "0.007");
    type("draft:decisionTitle", "Law on a smaller designable share");
    browser.setDate("draft:decisionAdopted", ServerClock.TODAY.minusDays(1).toString());
    type("draft:decisionReference", "https://canton.example.org/laws/smaller-share");
    browser.clickAndWait(By.id("draft:schedule")).checkAccessibility();

    assertTrue(
        browser.text("messages").contains("The version in force from fiscal year " + year),
        browser.text("messages"));
    String history = browser.text("history");
    assertTrue(history.contains("scheduled") && history.contains("0.7%"), history);

    // stored: the API reads the version back as scheduled, with the rate as typed
    JsonObject stored = Api.json(canton.policy.get(canton.path("/policies/" + year)));
    assertEquals("SCHEDULED", stored.getString("standing"), stored.toString());
    assertEquals("0.007", stored.getString("designableRate"), stored.toString());
    assertEquals(
        "Law on a smaller designable share",
        stored.getJsonObject("decision").getString("title"),
        stored.toString());
  }
}
