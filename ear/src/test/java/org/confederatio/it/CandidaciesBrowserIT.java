package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A policy officer of a canton of the test's own registers a function, the foundation of an
 * organization of the test's own offers to run it, the officer reviews it.
 */
class CandidaciesBrowserIT extends BrowserTest {

  private final TestCanton canton = Fixture.canton();
  private final String organization = Fixture.organization("COMMONS_FOUNDATION", "Garden Commons");
  private final Api foundation = Fixture.foundation(organization);

  @Test
  void aFunctionIsRegisteredOfferedAndReviewedUntilItIsCommonsCapable() {
    String id = "w-" + UUID.randomUUID().toString().substring(0, 8);
    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/functions.xhtml")
        .checkAccessibility();
    browser.driver.findElement(By.id("function:id")).sendKeys(id);
    browser.driver.findElement(By.id("function:name")).sendKeys("Community gardens " + id);
    browser.clickAndWait(By.id("function:submit")).checkAccessibility();
    assertTrue(browser.text("register").contains(id), browser.text("register"));

    browser
        .signOut()
        .signIn(foundation.username(), foundation.password())
        .open("/foundation/candidacies.xhtml?canton=" + canton.code)
        .checkAccessibility();
    new Select(browser.driver.findElement(By.id("offer:function"))).selectByValue(id);
    browser.driver.findElements(By.cssSelector("[id$=':met']")).forEach(box -> box.click());
    browser
        .driver
        .findElements(By.cssSelector("[id$=':text']"))
        .forEach(text -> text.sendKeys("Our statutes"));
    browser.clickAndWait(By.id("offer:submit"));
    assertTrue(
        browser.text("messages").contains("Candidacy submitted for Community gardens " + id),
        browser.text("messages"));

    browser
        .signOut()
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/functions.xhtml");
    var candidacy = new Select(browser.driver.findElement(By.id("review:candidacy")));
    candidacy.getOptions().stream()
        .filter(o -> o.getText().endsWith(id))
        .findFirst()
        .orElseThrow()
        .click();
    browser.driver.findElements(By.cssSelector("[id$=':met']")).forEach(box -> box.click());
    browser.clickAndWait(By.id("review:submit")).checkAccessibility();

    assertTrue(browser.text("candidacyList").contains("8 / 8"), browser.text("candidacyList"));
    assertTrue(
        canton
            .citizen("Gus Gardener")
            .api()
            .get(canton.path("/subsidiarity-review"))
            .body()
            .contains("\"id\":\"" + canton.code + ":" + id + ":COMMONS_CAPABLE\""));
  }

  @Test
  void aFoundationOffersACandidacyForAFunctionOfMontesChosenOnThePage() {
    // a function of the demo canton Montes, registered by its own policy officer; named for this
    // test alone, as the demo canton outlives a run
    String name = "Mountain huts " + UUID.randomUUID().toString().substring(0, 8);
    String function =
        RollWorld.function(Api.as("policy-montes"), "MON", name, "CANTONAL", "LOCAL", false);

    browser
        .signIn(foundation.username(), foundation.password())
        .open("/foundation/candidacies.xhtml")
        .checkAccessibility();
    new Select(browser.driver.findElement(By.id("canton"))).selectByValue("MON");
    browser.clickAndWait(By.id("show")).checkAccessibility();
    assertTrue(browser.text("shown").contains("Montes"), browser.text("shown"));
    assertTrue(browser.text("register").contains(name), browser.text("register"));

    new Select(browser.driver.findElement(By.id("offer:function"))).selectByValue(function);
    browser.driver.findElements(By.cssSelector("[id$=':met']")).forEach(box -> box.click());
    browser
        .driver
        .findElements(By.cssSelector("[id$=':text']"))
        .forEach(text -> text.sendKeys("Our hut-keepers' cooperative"));
    browser.clickAndWait(By.id("offer:submit")).checkAccessibility();
    assertTrue(
        browser.text("messages").contains("Candidacy submitted for " + name),
        browser.text("messages"));
    assertTrue(
        browser.text("candidacyList").contains("Garden Commons"), browser.text("candidacyList"));

    // stored: the candidacy, read through the API by Montes's policy officer, is the
    // organization's for that function with all eight principles claimed as met
    String id =
        browser.driver.findElements(By.cssSelector("#candidacyList tbody tr")).stream()
            .filter(row -> row.getText().contains(name))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("td"))
            .getText()
            .strip();
    JsonObject stored = Api.json(Api.as("policy-montes").get("/api/candidacies/" + id));
    assertEquals(function, stored.getString("function"), stored.toString());
    assertEquals(organization, stored.getString("organization"), stored.toString());
    assertEquals(
        8,
        stored.getJsonArray("principles").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getBoolean("claimedMet"))
            .count(),
        stored.toString());
  }
}
