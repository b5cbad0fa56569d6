package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The clerk's move form, the clerk's roll page and the citizen's status page, in Chromium with
 * axe-core, in cantons of the test's own.
 */
class RollBrowserIT extends BrowserTest {

  private final TestCanton canton = Fixture.canton();

  private static Browser signIn(Api as) {
    return browser.signIn(as.username(), as.password());
  }

  @Test
  void aClerkRecordsAMoveOutOfTheirCanton() {
    TestCanton destination = Fixture.canton();
    String id =
        canton.resident("Browser Mover", LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1));
    signIn(canton.clerk).open("/clerk/moves.xhtml");

    browser.driver.findElement(By.id("move:personId")).sendKeys(id);
    new Select(browser.driver.findElement(By.id("move:canton"))).selectByValue(destination.code);
    browser.setDate("move:date", "2026-03-01");
    browser.clickAndWait(By.id("move:submit")).checkAccessibility();

    String result = browser.text("result");
    assertTrue(result.contains("Browser Mover"), result);
    assertTrue(
        result.contains(canton.code + " 2020-01-01 2026-02-28"),
        "the residence here ends: " + result);
    assertFalse(
        result.contains("2026-03-01"), "the new canton's period is that canton's data: " + result);
    var there = Api.json(destination.clerk.get("/api/people/" + id));
    assertTrue(
        there.toString().contains("2026-03-01"), "the new canton sees the arrival: " + there);
  }

  @Test
  void aClerkRegistersAPersonAndRecordsTheirDeath() {
    String id = "R-" + UUID.randomUUID().toString().substring(0, 12);
    signIn(canton.clerk).open("/clerk/moves.xhtml");
    browser.driver.findElement(By.id("person:id")).sendKeys(id);
    browser.driver.findElement(By.id("person:name")).sendKeys("Form Person");
    browser.setDate("person:born", "1950-02-01");
    browser.setDate("person:residentSince", "1990-01-01");
    browser.clickAndWait(By.id("person:submit")).checkAccessibility();
    assertTrue(browser.text("messages").contains("Registered: " + id), browser.text("messages"));

    browser.driver.findElement(By.id("death:deceasedId")).sendKeys(id);
    browser.setDate("death:date", "2026-01-15");
    browser.clickAndWait(By.id("death:submit")).checkAccessibility();

    assertTrue(
        browser.text("messages").contains("The death is recorded."), browser.text("messages"));
    var person = Api.json(canton.clerk.get("/api/people/" + id));
    assertEquals("2026-01-15", person.getString("died"));
  }

  @Test
  void theRegistrationFormNamesEachMissingField() {
    signIn(canton.clerk).open("/clerk/moves.xhtml");

    browser.clickAndWait(By.id("person:submit")).checkAccessibility();

    String page = browser.driver.getPageSource();
    assertTrue(page.contains("is required"), "name, born and residentSince are named");
    assertEquals(
        3,
        browser.driver.findElements(By.cssSelector("#person .error")).stream()
            .filter(e -> e.getText().equals("is required"))
            .count());
  }

  @Test
  void anArrivalQuotesTheDateOfBirthAndAWrongOneIsAnsweredAsForAnUnknownPerson() {
    TestCanton before = Fixture.canton();
    String id = before.resident("Ana Arriving", LocalDate.of(1981, 2, 3), LocalDate.of(2015, 1, 1));
    assertEquals(
        200,
        before
            .clerk
            .postJson("/api/people/" + id + "/moves", "{\"canton\":null,\"date\":\"2025-05-31\"}")
            .statusCode());
    signIn(canton.clerk).open("/clerk/moves.xhtml");

    browser.driver.findElement(By.id("move:personId")).sendKeys(id);
    new Select(browser.driver.findElement(By.id("move:canton"))).selectByValue(canton.code);
    browser.setDate("move:date", "2025-06-01");
    browser.clickAndWait(By.id("move:submit")).checkAccessibility();
    assertTrue(browser.text("move:born-message").contains("is required"), browser.text("messages"));

    browser.setDate("move:born", "1981-02-04");
    browser.clickAndWait(By.id("move:submit")).checkAccessibility();
    assertTrue(
        browser.driver.getPageSource().contains("No person in the register"),
        "a wrong birth date tells nothing");
    assertFalse(browser.driver.getPageSource().contains("1981-02-03"));

    browser.setDate("move:born", "1981-02-03");
    browser.clickAndWait(By.id("move:submit")).checkAccessibility();
    assertTrue(
        browser.text("result").contains(canton.code + " 2025-06-01"), browser.text("result"));
  }

  @Test
  void theMoveFormNamesAMissingDate() {
    signIn(canton.clerk).open("/clerk/moves.xhtml");

    String id =
        canton.resident("Dora Dateless", LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1));
    browser.driver.findElement(By.id("move:personId")).sendKeys(id);
    browser.clickAndWait(By.id("move:submit")).checkAccessibility();

    assertTrue(browser.driver.getPageSource().contains("is required, as YYYY-MM-DD"));
  }

  @Test
  void aClerkSeesTheRollWithAReasonForEveryone() {
    canton.resident("Adult", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1));
    canton.resident("Child", ServerClock.TODAY.minusYears(10), ServerClock.TODAY.minusYears(10));
    signIn(canton.clerk).open("/clerk/roll.xhtml?date=" + ServerClock.TODAY);

    assertTrue(
        browser.text("roll-summary").startsWith("Eligible: 1 "), browser.text("roll-summary"));
    assertTrue(browser.text("entries").contains("Under age"));
    assertTrue(
        browser.text("entries").contains("Child ("), "by name and id: " + browser.text("entries"));

    // a page past the end (an old link) shows the last page, not an empty roll
    browser.open("/clerk/roll.xhtml?date=" + ServerClock.TODAY + "&page=7");
    assertEquals("Page 1 / 1", browser.text("position"));
    assertTrue(browser.text("entries").contains("Child ("), browser.text("entries"));
  }

  @Test
  void theCitizenSeesWhetherTheyAreOnTheRollAndWhy() {
    // lived in another canton until two years ago, here since
    TestCanton before = Fixture.canton();
    String person = before.resident("Mo Mover", LocalDate.of(1980, 1, 1), LocalDate.of(2010, 1, 1));
    LocalDate arrival = LocalDate.of(ServerClock.YEAR - 2, 1, 1);
    String leave = "{\"canton\":null,\"date\":\"" + arrival + "\"}";
    String arrive =
        "{\"canton\":\"" + canton.code + "\",\"date\":\"" + arrival + "\",\"born\":\"1980-01-01\"}";
    assertEquals(
        200, before.clerk.postJson("/api/people/" + person + "/moves", leave).statusCode());
    assertEquals(
        200, canton.clerk.postJson("/api/people/" + person + "/moves", arrive).statusCode());
    signIn(Fixture.account("citizen", null, null, person)).open("/citizen/roll.xhtml");

    String today = browser.text("today");
    assertTrue(today.contains(canton.code) && today.contains("Eligible"), today);
    assertTrue(browser.text("residences").contains(before.code), browser.text("residences"));
  }

  /**
   * Uploads register rows as a file and waits, through the page's refreshes, for the import to end.
   */
  private void importRows(String rows, String phase) throws java.io.IOException {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("register", ".csv");
    java.nio.file.Files.writeString(
        file,
        "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n" + rows);
    signIn(canton.clerk).open("/clerk/import.xhtml");
    browser.driver.findElement(By.id("upload:file")).sendKeys(file.toString());
    browser.clickAndWait(By.id("upload:submit"));
    browser.waitForPhase(phase).checkAccessibility();
  }

  @Test
  void aClerkImportsARegisterAndFollowsItsProgress() throws java.io.IOException {
    String id = "F-" + UUID.randomUUID().toString().substring(0, 12);

    importRows(id + ",File Person,1990-01-01,2015-01-01,,,,\n", "Imported.");

    assertTrue(browser.text("result").contains("People added: 1"), browser.text("result"));
    assertEquals(200, canton.clerk.get("/api/people/" + id).statusCode());
  }

  @Test
  void aBadFileShowsEveryWrongRowAndImportsNothing() throws java.io.IOException {
    String id = "F-" + UUID.randomUUID().toString().substring(0, 12);

    importRows(
        id + ",Good,1990-01-01,2015-01-01,,,,\n" + "x,Bad,1990-01-01,yesterday,,,,\n",
        "Nothing was imported");

    assertTrue(
        browser.text("problems").contains("line 3, column resident_from"),
        browser.text("problems"));
    assertEquals(404, canton.clerk.get("/api/people/" + id).statusCode());
  }

  /** A day as the English pages write it. */
  private static String shown(LocalDate day) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
        .withLocale(java.util.Locale.ENGLISH)
        .format(day);
  }

  @Test
  void aClerkFreezesRollsAndComparesThem() {
    String id = canton.resident("Leaver", LocalDate.of(1970, 1, 1), LocalDate.of(2000, 1, 1));
    String first = "Spring " + UUID.randomUUID().toString().substring(0, 6);
    String second = "Autumn " + UUID.randomUUID().toString().substring(0, 6);
    signIn(canton.clerk).open("/clerk/elections.xhtml");
    browser.driver.findElement(By.id("freeze:name")).sendKeys(first);
    browser.setDate("freeze:referenceDate", ServerClock.TODAY.minusDays(3).toString());
    browser.clickAndWait(By.id("freeze:submit")).checkAccessibility();
    assertTrue(browser.text("list").contains(first));
    assertTrue(
        browser.text("list").contains(shown(ServerClock.TODAY.minusDays(3))),
        "the reference date in the reader's format: " + browser.text("list"));

    // the frozen roll is stored: the API reads it back, with the leaver still on it
    String csv = browser.driver.findElement(By.partialLinkText(first)).getAttribute("href");
    String election = csv.replaceAll(".*/api/elections/(\\d+)/roll\\.csv$", "$1");
    var frozen = Api.json(canton.clerk.get("/api/elections/" + election));
    assertEquals(first, frozen.getString("name"));
    assertEquals(ServerClock.TODAY.minusDays(3).toString(), frozen.getString("referenceDate"));
    assertTrue(frozen.getJsonNumber("eligible").longValue() >= 1, frozen.toString());
    assertTrue(
        canton.clerk.get("/api/elections/" + election + "/roll.csv").body().contains(id),
        "the leaver is on the frozen roll");

    assertEquals(
        200,
        canton
            .clerk
            .postJson(
                "/api/people/" + id + "/moves",
                "{\"canton\":null,\"date\":\"" + ServerClock.TODAY.minusDays(1) + "\"}")
            .statusCode());
    browser.driver.findElement(By.id("freeze:name")).sendKeys(second);
    browser.setDate("freeze:referenceDate", ServerClock.TODAY.toString());
    browser.clickAndWait(By.id("freeze:submit"));
    new Select(browser.driver.findElement(By.id("compare:from")))
        .selectByVisibleText(first + " (" + shown(ServerClock.TODAY.minusDays(3)) + ")");
    new Select(browser.driver.findElement(By.id("compare:to")))
        .selectByVisibleText(second + " (" + shown(ServerClock.TODAY) + ")");
    browser.clickAndWait(By.id("compare:submit")).checkAccessibility();

    String removed = browser.text("removed");
    assertTrue(removed.contains(id) && removed.contains("Not resident"), removed);
    assertTrue(removed.contains("Leaver (" + id + ")"), "the person by name and id: " + removed);
  }

  @Test
  void aCitizenIsRefusedTheClerksForm() {
    signIn(canton.citizen("Cid Citizen").api()).open("/clerk/moves.xhtml");

    assertEquals("Not for your role", browser.text("error-title"));
  }
}
