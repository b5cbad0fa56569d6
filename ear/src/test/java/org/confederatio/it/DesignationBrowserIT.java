package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The citizen's designation form and the clerk's import of designations, in Chromium, in a canton
 * of the class's own with two organizations accredited there.
 */
class DesignationBrowserIT extends BrowserTest {

  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  private static TestCanton canton;
  private static String commons;
  private static String ocean;

  @BeforeAll
  static void aCantonWithTwoOrganizations() {
    canton = Fixture.canton();
    commons = FiscalWorld.phyle("Browser Commons", canton);
    ocean = FiscalWorld.phyle("Browser Ocean", canton);
  }

  private static WebElement row(int index, String field) {
    return browser.driver.findElement(By.cssSelector("[id$=':" + index + ":" + field + "']"));
  }

  private static void share(int index, String recipient, String percent) {
    new Select(row(index, "recipient")).selectByValue(recipient);
    row(index, "percent").clear();
    row(index, "percent").sendKeys(percent);
  }

  private static String messages() {
    return browser.driver.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The element beside a row's field that holds its message ({@code percent-message}). */
  private static WebElement besideRow(int index, String field) {
    return browser.driver.findElement(
        By.cssSelector("[id$=':" + index + ":" + field + "-message']"));
  }

  private static jakarta.json.JsonObject stored(Api citizen) {
    return Api.json(citizen.get("/api/me/designations/" + ServerClock.YEAR));
  }

  @Test
  void aCitizenSplitsTheirDesignationSixtyFortyAndIsToldWhenSharesAreShort() {
    TestCanton.Citizen resident = canton.citizen("Browsing Citizen");
    // assessed this year, so that the designation counts
    FiscalWorld.assess(canton, resident.person(), ServerClock.YEAR, "1000.00");
    Api citizen = resident.api();
    browser
        .signIn(citizen.username(), citizen.password())
        .open("/citizen/designation.xhtml")
        .checkAccessibility();
    assertEquals("Canton " + canton.code, browser.text("canton"), "the canton by its name");
    // a no-break space between code and figure; the driver may report it as a plain space
    assertEquals(
        "CHF 1,000.00", browser.text("tax").replace('\u00a0', ' '), "money with its currency");

    share(0, commons, "60");
    share(1, ocean, "40");
    share(2, "", "");
    browser.clickAndWait(By.id("designation:save"));

    assertTrue(messages().contains("Your designation is saved"), messages());
    assertEquals("counts", browser.text("standing"));
    assertTrue(browser.driver.findElement(By.id("receipt")).isDisplayed());
    var shares = stored(citizen).getJsonObject("current").getJsonArray("shares");
    assertEquals(2, shares.size(), shares::toString);
    assertEquals(commons, shares.getJsonObject(0).getString("recipient"));
    assertEquals(6000, shares.getJsonObject(0).getInt("basisPoints"), "60 % is 6000 bp");
    assertEquals(ocean, shares.getJsonObject(1).getString("recipient"));
    assertEquals(4000, shares.getJsonObject(1).getInt("basisPoints"), "40 % is 4000 bp");

    share(1, ocean, "39.99");
    browser.clickAndWait(By.id("designation:save"));

    assertTrue(messages().contains("99.99%"), messages());
    String beside = besideRow(1, "percent").getText();
    assertTrue(beside.contains("add up to 99.99%") && !beside.contains("basis points"), beside);
    var mine = stored(citizen);
    assertEquals(
        4000,
        mine.getJsonObject("current").getJsonArray("shares").getJsonObject(1).getInt("basisPoints"),
        "the refused change left the saved designation as it was");
    browser.checkAccessibility();
  }

  @Test
  void aCitizenFindsAnOrganizationBySearchingItsGroupAndSavesTheAffiliation() {
    Api citizen = canton.citizen("Searching Citizen").api();
    browser.signIn(citizen.username(), citizen.password()).open("/citizen/designation.xhtml");
    By oceanBox = By.cssSelector("#affiliations input[type=checkbox][value='" + ocean + "']");
    By commonsBox = By.cssSelector("#affiliations input[type=checkbox][value='" + commons + "']");
    assertTrue(
        !browser.driver.findElement(oceanBox).isDisplayed(),
        "the groups start closed: no fifty stops before the designation");

    browser.driver.findElement(By.id("affiliation-search")).sendKeys("browser oce");

    assertTrue(browser.driver.findElement(oceanBox).isDisplayed(), "the match is shown");
    assertTrue(!browser.driver.findElement(commonsBox).isDisplayed(), "the others are not");
    browser
        .driver
        .findElement(
            By.cssSelector(
                "label[for='" + browser.driver.findElement(oceanBox).getAttribute("id") + "']"))
        .click();
    browser.clickAndWait(By.id("affiliations:save")).checkAccessibility();

    assertTrue(messages().contains("Your affiliations are saved"), messages());
    var saved = Api.structure(citizen.get("/api/me/affiliations")).asJsonArray();
    assertEquals(1, saved.size(), saved::toString);
    assertEquals(ocean, saved.getJsonObject(0).getString("organization"));
    assertTrue(browser.driver.findElement(oceanBox).isSelected(), "shown as chosen");
    assertTrue(browser.driver.findElement(oceanBox).isDisplayed(), "its group opens by itself");
  }

  /** Types the split in Spanish, saves, and returns the message beside the field at fault. */
  private static String refusedInSpanish(int row, String field, String... typed) {
    for (int i = 0; i < typed.length; i += 2) {
      share(i / 2, typed[i], typed[i + 1]);
    }
    browser.clickAndWait(By.id("designation:save")).checkAccessibility();
    WebElement input = row(row, field);
    WebElement message = besideRow(row, field);
    assertEquals("true", input.getAttribute("aria-invalid"), "the field is marked invalid");
    assertTrue(
        input.getAttribute("aria-describedby").contains(message.getAttribute("id")),
        "the field is described by its message");
    assertTrue(
        browser.text("error-summary").contains(message.getText()),
        "the error summary repeats it: " + browser.text("error-summary"));
    return message.getText();
  }

  @Test
  void aCitizenReadingSpanishIsAnsweredBesideTheFieldInPercentAndNothingIsStored() {
    Api citizen = canton.citizen("Ciudadana Navegante").api();
    browser.signIn(citizen.username(), citizen.password()).open("/citizen/designation.xhtml");
    browser.clickAndWait(By.cssSelector("input[lang='es']")).checkAccessibility();

    String letters = refusedInSpanish(0, "percent", commons, "abc", "", "", "", "");
    assertEquals(
        "Escribe la parte como un número en porcentaje, por ejemplo 60 o 33,33, no «abc».",
        letters);

    String decimals = refusedInSpanish(0, "percent", commons, "33,333", ocean, "66,667");
    assertTrue(decimals.contains("dos decimales") && decimals.contains("33,333"), decimals);

    String tooMuch = refusedInSpanish(1, "percent", commons, "10", ocean, "150");
    assertTrue(tooMuch.contains("100 %") && tooMuch.contains("150"), tooMuch);

    String twice = refusedInSpanish(1, "recipient", commons, "50", commons, "50");
    assertTrue(twice.contains("ya está elegido en la fila 1"), twice);

    String sum = refusedInSpanish(1, "percent", commons, "60", ocean, "50");
    assertEquals(
        "Las partes suman 110 %; juntas deben sumar exactamente 100 % (regla A2).",
        sum.replace('\u00a0', ' '));

    for (String message : java.util.List.of(letters, decimals, tooMuch, twice, sum)) {
      assertTrue(
          !message.contains("basis points") && !message.contains("puntos básicos"),
          "no basis points: " + message);
    }
    var mine = stored(citizen);
    assertTrue(!mine.containsKey("current") || mine.isNull("current"), "nothing stored: " + mine);
  }

  /**
   * Uploads a designation file for last year and waits for the import to end in the given phase.
   */
  private static void importDesignations(String rows, String phase) throws IOException {
    Path file = Files.createTempFile("designations", ".csv");
    Files.writeString(file, "taxpayer,recipient,share_bp,made_on\n" + rows);
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/fiscal-import.xhtml");
    new Select(browser.driver.findElement(By.id("upload:kind"))).selectByValue("DESIGNATIONS");
    browser.driver.findElement(By.id("upload:year")).clear();
    browser.driver.findElement(By.id("upload:year")).sendKeys(Integer.toString(LAST_YEAR));
    browser.driver.findElement(By.id("upload:file")).sendKeys(file.toString());
    browser.clickAndWait(By.id("upload:submit"));
    browser.waitForPhase(phase).checkAccessibility();
  }

  private static String person() {
    return FiscalWorld.person(canton, "Browser Import");
  }

  private static int history(String person) {
    return FiscalWorld.history(canton, person, LAST_YEAR);
  }

  @Test
  void aFileWithOneBadRowShowsThatRowAndImportsNothing() throws IOException {
    String a = person();
    String b = person();

    importDesignations(
        a
            + ","
            + commons
            + ",10000,"
            + LAST_YEAR
            + "-03-01\n"
            + b
            + ",nobody-here,10000,"
            + LAST_YEAR
            + "-03-01\n",
        "Nothing was imported");

    String problems = browser.text("problems");
    assertTrue(problems.contains("line 3, column recipient") && problems.contains("A2"), problems);
    assertEquals(0, history(a), "the good row was not imported either");
  }

  @Test
  void aGoodFileImportsAndItsProgressReachesTheEnd() throws IOException {
    String a = person();

    importDesignations(
        a
            + ","
            + commons
            + ",6000,"
            + LAST_YEAR
            + "-03-01\n"
            + a
            + ",canton,4000,"
            + LAST_YEAR
            + "-03-01\n",
        "Imported.");

    assertTrue(browser.text("result").contains("Added: 1"), browser.text("result"));
    assertEquals(1, history(a));
  }

  @Test
  void aClerkFindsATaxpayerAndEntersAPaperForm() {
    String a = person();
    // a form made after the deadline of 31 December: recorded, listed as not counting
    String late = FiscalWorld.taxpayer(canton, LAST_YEAR, "100.00");
    FiscalWorld.designate(canton, late, LAST_YEAR, LocalDate.of(ServerClock.YEAR, 1, 5), "canton");
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/taxpayers.xhtml?year=" + LAST_YEAR)
        .checkAccessibility();
    assertTrue(browser.text("invalid").contains(late), browser.text("invalid"));
    assertTrue(
        browser.text("invalid").contains("late (after the deadline)"), browser.text("invalid"));

    browser.open("/clerk/taxpayer.xhtml?id=" + a + "&year=" + LAST_YEAR).checkAccessibility();
    browser.setDate("paper:madeOn", LAST_YEAR + "-02-03");
    share(0, ocean, "100");
    browser.clickAndWait(By.id("paper:save"));

    assertTrue(messages().contains("The form is saved"), messages());
    assertTrue(
        browser.text("history").contains("Browser Ocean 100%"),
        "the recipient by name, the share in percent: " + browser.text("history"));
    assertEquals(1, history(a));
  }

  @Test
  void aPolicyOfficerTriesADraftOnThisYearsData() {
    canton.taxpayer("1500.00");
    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/policies.xhtml")
        .checkAccessibility();
    var rate = browser.driver.findElement(By.id("draft:designableRate"));
    rate.clear();
    rate.sendKeys("0.02");
    browser.clickAndWait(By.id("draft:whatIf"));

    String lines = browser.text("lines");
    assertTrue(lines.contains("canton") && lines.contains("Difference"), lines);
    browser.checkAccessibility();
  }
}
