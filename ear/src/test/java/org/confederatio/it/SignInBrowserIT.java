package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person signs in through the browser, lands on their role's home, and is kept out of others'.
 * Every login but the global administrator's is a new one of the test's own.
 */
class SignInBrowserIT extends BrowserTest {

  @ParameterizedTest(name = "{0} lands on {1}")
  @CsvSource({
    "admin, /admin/index.xhtml, Confederal administration",
    "clerk, /clerk/index.xhtml, Municipal clerk's desk",
    "policy, /policy/index.xhtml, Canton policy",
    "citizen, /citizen/index.xhtml, Your citizen's page",
    "foundation, /foundation/index.xhtml, Foundation reports"
  })
  void eachRoleLandsOnItsOwnHome(String role, String home, String title) {
    Api login = role.equals("admin") ? Fixture.ADMIN : RollWorld.someone(role);
    browser.signIn(login.username(), login.password());

    assertEquals(home, browser.path());
    assertEquals(title, browser.text("home-title"));
    browser.open("/organizations.xhtml");
    browser.open("/cantons.xhtml");
    browser.signOut();
    assertEquals("/login.xhtml", browser.path());
  }

  @Test
  void aWrongPasswordShowsAnErrorAndSignsNobodyIn() {
    // a login of the test's own: failed sign-ins count against the account (throttling)
    Api login = RollWorld.someone("foundation");
    browser.signIn(login.username(), "wrong-password");

    assertEquals("/login.xhtml", browser.path());
    assertTrue(browser.text("signIn:messages").contains("Wrong username or password"));
    browser.open("/foundation/index.xhtml");
    assertEquals("/login.xhtml", browser.path(), "still signed out");
  }

  @Test
  void aClerkIsRefusedTheAdminPages() {
    Api clerk = RollWorld.someone("clerk");
    browser.signIn(clerk.username(), clerk.password());
    browser.open("/admin/index.xhtml");

    assertEquals("Not for your role", browser.text("error-title"));
  }

  @Test
  void aSignedInPersonReturnsToThePageTheyAskedFor() {
    // more organizations than a page of 20 holds, whatever else is registered
    for (int i = 0; i < 21; i++) {
      Fixture.organization("PHYLE", "Listed Phyle " + i);
    }
    Api citizen = RollWorld.someone("citizen");
    browser.open("/organizations.xhtml?page=1");
    assertEquals("/login.xhtml", browser.path());
    browser
        .driver
        .findElement(org.openqa.selenium.By.id("signIn:username"))
        .sendKeys(citizen.username());
    browser
        .driver
        .findElement(org.openqa.selenium.By.id("signIn:password"))
        .sendKeys(citizen.password());
    browser.clickAndWait(org.openqa.selenium.By.id("signIn:submit"));

    assertEquals("/organizations.xhtml", browser.path());
    // other tests may have registered organizations, so the number of pages is not fixed
    assertTrue(
        java.util.regex.Pattern.compile("Page 2 / \\d+")
            .matcher(browser.driver.getPageSource())
            .find(),
        "on the second page");
  }

  @Test
  void theLanguageCanBeSwitchedToEsperanto() {
    browser.open("/login.xhtml");
    browser
        .clickAndWait(org.openqa.selenium.By.cssSelector("input[lang='eo']"))
        .checkAccessibility();

    assertEquals(
        "Ensaluti", browser.driver.findElement(org.openqa.selenium.By.tagName("h1")).getText());
    assertEquals(
        "eo",
        browser.driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
    browser.clickAndWait(org.openqa.selenium.By.cssSelector("input[lang='en']"));
  }
}
