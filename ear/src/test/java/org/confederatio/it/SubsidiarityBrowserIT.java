package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The policy officer's review page, in Chromium, for a canton of the test's own with one function
 * of each finding and a compliant one.
 */
class SubsidiarityBrowserIT extends BrowserTest {

  @Test
  void aPolicyOfficerReadsTheReviewAndJustifiesAFinding() {
    TestCanton canton = Fixture.canton();
    Api foundation = Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Lib Commons"));
    String libraries =
        RollWorld.function(
            canton.policy, canton.code, "Public libraries", "CANTONAL", "LOCAL", false);
    RollWorld.review(canton.policy, RollWorld.candidacy(foundation, libraries));
    RollWorld.function(canton.policy, canton.code, "Policing", "CANTONAL", "CANTONAL", true);
    RollWorld.function(
        Fixture.ADMIN, canton.code, "Solidarity levy", "CONFEDERAL", "TRANSNATIONAL", true);
    String function =
        RollWorld.function(
            Fixture.ADMIN, canton.code, "Tram", "CONFEDERAL", "LOCAL", false, canton.code);

    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/subsidiarity.xhtml")
        .checkAccessibility();
    String findings = browser.text("findings");
    // each finding as a sentence with its rule as a reference, never the enum's name
    assertTrue(
        findings.contains("Could be run as commons (rule S1)")
            && findings.contains(
                "Run by the confederation although the cantons could run it (rule S2)")
            && findings.contains("Applied to a canton that did not delegate it (rule S3)"),
        findings);
    assertFalse(
        findings.contains("COMMONS_CAPABLE") || findings.contains("SHOULD_BE_CANTONAL"), findings);
    // the candidate by its registered name, not its id
    assertTrue(findings.contains("Lib Commons"), findings);
    assertTrue(browser.text("compliant").contains("Policing"), browser.text("compliant"));
    // every dashboard figure has a value: the test canton's two cantonal functions among them
    for (String figure : List.of("level-CONFEDERAL", "level-CANTONAL", "level-COMMONS", "open")) {
      assertFalse(browser.text(figure).isBlank(), figure);
    }
    assertEquals("2", browser.text("level-CANTONAL"));
    // the trend is a chart drawn by Chart.js (a canvas), with its figures as a table
    assertEquals("canvas", browser.driver.findElement(By.id("trend")).getTagName());
    assertTrue(browser.driver.findElement(By.id("trend")).isDisplayed());

    new Select(browser.driver.findElement(By.id("justify:finding")))
        .selectByValue(canton.code + ":" + function + ":SHOULD_BE_CANTONAL");
    browser
        .driver
        .findElement(By.id("justify:reason"))
        .sendKeys("Needs one timetable across the cantons");
    browser.setDate("justify:until", ServerClock.TODAY.plusMonths(6).toString());
    browser.clickAndWait(By.id("justify:submit")).checkAccessibility();

    assertTrue(
        browser.text("findings").contains("Needs one timetable across the cantons"),
        browser.text("findings"));
    assertTrue(browser.text("messages").contains("Tram"), "the confirmation names the function");

    // the justification is stored: the review read through the API says so
    JsonObject justified =
        Api.json(canton.policy.get(canton.path("/subsidiarity-review")))
            .getJsonArray("findings")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(
                f -> f.getString("id").equals(canton.code + ":" + function + ":SHOULD_BE_CANTONAL"))
            .findFirst()
            .orElseThrow();
    assertEquals("JUSTIFIED", justified.getString("status"), justified.toString());
    assertEquals(
        "Needs one timetable across the cantons",
        justified.getString("justification"),
        justified.toString());
    assertEquals(
        ServerClock.TODAY.plusMonths(6).toString(),
        justified.getString("justifiedUntil"),
        justified.toString());
  }
}
