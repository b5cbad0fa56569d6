package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private final Api foundation =
      Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Garden Commons"));

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
        browser.text("messages").contains("Candidacy submitted for " + id),
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
}
