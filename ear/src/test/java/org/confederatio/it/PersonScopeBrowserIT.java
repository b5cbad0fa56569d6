package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The clerk's taxpayer page holds the same person scope as the API. */
class PersonScopeBrowserIT extends BrowserTest {

  @Test
  void aClerkOfAnotherCantonOpeningAPersonsFileSeesNothingOfThem() {
    TestCanton home = Fixture.canton();
    TestCanton other = Fixture.canton();
    String person =
        home.resident("Nadia Nowhere-Else", LocalDate.of(1970, 2, 3), LocalDate.of(2005, 6, 7));

    browser
        .signIn(other.clerk.username(), other.clerk.password())
        .open("/clerk/taxpayer.xhtml?id=" + person + "&year=" + ServerClock.YEAR);

    String page = browser.driver.findElement(By.tagName("body")).getText();
    assertTrue(page.contains("No person in the register"), page);
    assertFalse(page.contains("Nadia"), page);
    assertTrue(browser.driver.findElements(By.id("assessment:tax")).isEmpty(), "no form to write");

    browser.signOut().signIn(home.clerk.username(), home.clerk.password());
    browser.open("/clerk/taxpayer.xhtml?id=" + person + "&year=" + ServerClock.YEAR);
    assertEquals(
        "Nadia Nowhere-Else",
        browser.driver.findElement(By.id("who-title")).getText().split(" · ")[0],
        "the canton the person lives in sees them");
  }
}
