package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(
        findings.contains("S1 COMMONS_CAPABLE")
            && findings.contains("S2 SHOULD_BE_CANTONAL")
            && findings.contains("S3 NOT_DELEGATED"),
        findings);
    assertTrue(browser.text("compliant").contains("Policing"), browser.text("compliant"));
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
  }
}
