package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The policy officer's review page, in Chromium. */
class SubsidiarityBrowserIT extends BrowserTest {

  @Test
  void aPolicyOfficerReadsTheReviewAndJustifiesAFinding() {
    String function = "b-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        201,
        Api.as("admin")
            .postJson(
                "/api/cantons/LAC/functions",
                """
        {"id":"%s","name":"Tram %s","level":"CONFEDERAL","scope":"LOCAL","coercive":false,"delegatedBy":["LAC"]}"""
                    .formatted(function, function))
            .statusCode());

    browser
        .signIn("policy", DemoLogins.password("policy"))
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
        .selectByValue("LAC:" + function + ":SHOULD_BE_CANTONAL");
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
