package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** The audit log page in Chromium, as the administrator and as a canton's clerk. */
class AuditBrowserIT extends BrowserTest {

  private static void filterBy(String field, String value) {
    var input = browser.driver.findElement(By.id(field));
    input.clear();
    input.sendKeys(value);
    browser.clickAndWait(By.id("apply")).checkAccessibility();
  }

  /** Fetches the page's CSV link with the browser's own session, as a click on it would. */
  private static String downloadCsv() {
    String href = browser.driver.findElement(By.id("csv")).getAttribute("href");
    Object text =
        ((JavascriptExecutor) browser.driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text().then(body =>"
                    + " done(r.status + '\\n' + r.headers.get('content-type') + '\\n' + body)))"
                    + ".catch(e => done('failed: ' + e));",
                href);
    return String.valueOf(text);
  }

  @Test
  void theAdministratorFiltersByPersonAndDownloadsTheEntries() {
    TestCanton canton = Fixture.canton();
    String person = canton.resident("Browser Audit", LocalDate.of(1975, 4, 4), ServerClock.TODAY);
    assertEquals(
        200,
        canton
            .clerk
            .get(canton.path("/taxpayers/" + person + "?year=" + ServerClock.YEAR))
            .statusCode());

    browser.signIn("admin", DemoLogins.password("admin"));
    assertTrue(
        browser.driver.findElements(By.cssSelector("a[href$='/audit.xhtml']")).size() > 0,
        "the menu leads to the audit log");
    browser.open("/audit.xhtml");
    filterBy("person", person);

    String table = browser.text("entries");
    assertTrue(table.contains(person), table);
    assertTrue(table.contains(canton.clerk.username()), "who read the file: " + table);
    assertTrue(table.contains("Read"), "the action in words: " + table);
    assertTrue(table.contains(canton.code), "the administrator sees the canton: " + table);
    assertTrue(browser.text("entries").contains("(2)"), "two entries, counted: " + table);

    String csv = downloadCsv();
    assertTrue(csv.startsWith("200\ntext/csv"), csv);
    assertTrue(csv.contains("id,recorded_at,actor,action,entity_type,entity_id"), csv);
    assertEquals(2, csv.lines().filter(l -> l.contains(person)).count(), csv);
  }

  @Test
  void aClerkSeesTheirCantonsEntriesOnlyAndABadFilterIsNamedBesideItsField() {
    TestCanton mine = Fixture.canton();
    TestCanton other = Fixture.canton();
    String here = mine.resident("Here Resident", LocalDate.of(1980, 2, 2), ServerClock.TODAY);
    String there = other.resident("There Resident", LocalDate.of(1980, 2, 2), ServerClock.TODAY);

    browser.signIn(mine.clerk.username(), mine.clerk.password());
    browser.open("/audit.xhtml");
    String all = browser.text("entries");
    assertTrue(all.contains(here), all);
    assertFalse(all.contains(there), all);
    assertFalse(all.contains(other.code), all);

    filterBy("person", there);
    assertTrue(browser.text("entries").contains("(0)"), browser.text("entries"));
    filterBy("person", here);
    assertTrue(browser.text("entries").contains(here), browser.text("entries"));
    assertTrue(
        browser.text("entries").contains("Shown to the administrator only"),
        "a register record's snapshot is withheld: " + browser.text("entries"));

    browser.open("/audit.xhtml?from=2026-02-30&person=" + here);
    assertTrue(browser.text("problems").contains("From (day)"), browser.text("problems"));
    assertTrue(browser.text("from-error").contains("not a day"), browser.text("from-error"));

    browser.open("/audit.xhtml?person=" + here);
    String csv = downloadCsv();
    assertTrue(csv.startsWith("200\n"), csv);
    assertFalse(csv.contains(there), csv);
    assertTrue(csv.contains(here), csv);
  }
}
