package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person signs in through the browser, lands on their role's home, and is kept out of others'.
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
  void eachRoleLandsOnItsOwnHome(String username, String home, String title) {
    browser.signIn(username, DemoLogins.password(username));

    assertEquals(home, browser.path());
    assertEquals(title, browser.text("home-title"));
    browser.open("/organizations.xhtml");
    browser.open("/cantons.xhtml");
    browser.signOut();
    assertEquals("/login.xhtml", browser.path());
  }

  @Test
  void aWrongPasswordShowsAnErrorAndSignsNobodyIn() {
    browser.signIn("admin", "wrong-password");

    assertEquals("/login.xhtml", browser.path());
    assertTrue(browser.text("signIn:messages").contains("Wrong username or password"));
    browser.open("/admin/index.xhtml");
    assertEquals("/login.xhtml", browser.path(), "still signed out");
  }

  @Test
  void aClerkIsRefusedTheAdminPages() {
    browser.signIn("clerk", DemoLogins.password("clerk"));
    browser.open("/admin/index.xhtml");

    assertEquals("Not for your role", browser.text("error-title"));
  }

  @Test
  void aSignedInPersonReturnsToThePageTheyAskedFor() {
    browser.open("/organizations.xhtml?page=1");
    assertEquals("/login.xhtml", browser.path());
    browser.driver.findElement(org.openqa.selenium.By.id("signIn:username")).sendKeys("citizen");
    browser
        .driver
        .findElement(org.openqa.selenium.By.id("signIn:password"))
        .sendKeys(DemoLogins.password("citizen"));
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
