package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium: a person changes their password on the page every menu offers, a stale form ends on
 * a friendly page in the reader's language, and the sign-in page says when to try again.
 */
class BoundaryBrowserIT extends BrowserTest {

  /** A login of the test's own (a foundation's: it needs no person in a register). */
  private static Api newLogin() {
    return Fixture.foundation(Fixture.organization("PHYLE", "Password Phyle"));
  }

  private static void fill(String current, String replacement, String confirmation) {
    for (String[] field :
        new String[][] {
          {"password:current", current},
          {"password:new", replacement},
          {"password:confirmation", confirmation}
        }) {
      browser.driver.findElement(By.id(field[0])).clear();
      browser.driver.findElement(By.id(field[0])).sendKeys(field[1]);
    }
    browser.clickAndWait(By.id("password:submit")).checkAccessibility();
  }

  @Test
  void aPersonChangesTheirPasswordFromTheMenu() {
    var login = newLogin();
    String replacement = "a long walk by the lake " + UUID.randomUUID().toString().substring(0, 4);
    browser.signIn(login.username(), login.password());

    browser.clickAndWait(By.linkText("Password")).checkAccessibility();
    assertEquals("/password.xhtml", browser.path());
    fill("wrong", replacement, replacement);
    assertEquals("This is not your current password.", browser.text("password:current-message"));
    fill(login.password(), "short", "short");
    assertEquals("Use at least 12 characters.", browser.text("password:new-message"));
    fill(login.password(), replacement, replacement + "!");
    assertTrue(browser.text("password:confirmation-message").contains("differ"));
    fill(login.password(), replacement, replacement);
    assertTrue(browser.text("messages").contains("Your password has been changed"));

    browser.signOut().signIn(login.username(), login.password());
    assertEquals("/login.xhtml", browser.path(), "the old password no longer works");
    browser.signIn(login.username(), replacement);
    assertEquals("/foundation/index.xhtml", browser.path());
  }

  @Test
  void aFormWithAStaleViewStateEndsOnAFriendlyPageInSpanish() {
    browser.signIn("citizen", DemoLogins.password("citizen")).open("/password.xhtml");
    browser.clickAndWait(By.cssSelector("input[lang='es']")).checkAccessibility();
    // what a form still open from before a restart, or one copied from elsewhere, sends
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "document.getElementsByName('jakarta.faces.ViewState')"
                + ".forEach(function (i) { i.value = 'foreign'; });");

    fill("not", "submitted", "at all");

    assertEquals("/error/expired.xhtml", browser.path());
    assertEquals("Esta página ha caducado", browser.text("error-title"));
    String page = browser.driver.getPageSource();
    assertFalse(
        page.matches("(?s).*(Exception|jakarta\\.faces\\.application|\\bat org\\.|java\\.lang).*"),
        page);
    browser.clickAndWait(By.id("reload")).checkAccessibility();
    assertEquals("/password.xhtml", browser.path());
    assertEquals("Cambiar su contraseña", browser.text("password-title"));
  }

  @Test
  void theSignInPageSaysInSpanishWhenToTryAgain() {
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    browser.open("/login.xhtml");
    browser.clickAndWait(By.cssSelector("input[lang='es']"));
    browser.driver.findElement(By.id("signIn:username")).sendKeys(nobody);
    browser.driver.findElement(By.id("signIn:password")).sendKeys("wrong");
    // five failures of the account just before, from elsewhere: its first back-off is running
    String elsewhere = Api.freshAddress();
    for (int i = 0; i < 5; i++) {
      assertEquals(401, Api.as(nobody, "wrong-" + i).from(elsewhere).get("/api/me").statusCode());
    }

    browser.clickAndWait(By.id("signIn:submit")).checkAccessibility();

    assertEquals("/login.xhtml", browser.path());
    assertTrue(
        browser.text("signIn:messages").matches("Demasiados intentos fallidos .* \\d+ segundos\\."),
        browser.text("signIn:messages"));
  }
}
