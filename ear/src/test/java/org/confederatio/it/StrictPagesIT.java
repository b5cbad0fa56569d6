package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13, item 3, in the pages: a form takes the same checks as the API, through the same
 * services, and shows each message beside its field. Values are typed as a crafted request would
 * send them (the browser's own number and date pickers would not let most of them through). The
 * class signs in as the officials of a canton of its own.
 */
class StrictPagesIT extends BrowserTest {

  private static TestCanton canton;

  @BeforeAll
  static void aCantonOfItsOwn() {
    canton = Fixture.canton();
  }

  /** Sets a field's raw text, whatever its input type would let a person type. */
  private static void type(String id, String value) {
    type(browser.driver.findElement(By.id(id)), value);
  }

  private static void type(WebElement field, String value) {
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "arguments[0].type = 'text'; arguments[0].value = arguments[1]", field, value);
  }

  private static String messageBeside(String form, String field) {
    return browser
        .driver
        .findElement(By.xpath("//*[@id='" + form + ":" + field + "']/following-sibling::*[1]"))
        .getText();
  }

  @Test
  void theRegisterFormRefusesImplausibleDatesAndOverlongTextsBesideEachField() {
    String id = "W-" + UUID.randomUUID().toString().substring(0, 12);
    browser.signIn(canton.clerk.username(), canton.clerk.password()).open("/clerk/moves.xhtml");
    type("person:id", id);
    type("person:name", "x".repeat(5000));
    type("person:born", "0001-01-01");
    type("person:residentSince", "2099-01-01");
    type("person:nationality", "y".repeat(65));
    browser.clickAndWait(By.id("person:submit"));

    assertTrue(
        messageBeside("person", "name").contains("at most 200"), messageBeside("person", "name"));
    assertTrue(
        messageBeside("person", "born").contains("before 1900-01-01"),
        messageBeside("person", "born"));
    assertTrue(
        messageBeside("person", "residentSince").contains("after today"),
        messageBeside("person", "residentSince"));
    assertTrue(
        messageBeside("person", "nationality").contains("at most 64"),
        messageBeside("person", "nationality"));
    assertEquals(404, canton.clerk.get("/api/people/" + id).statusCode(), "nothing was stored");
  }

  @Test
  void thePolicyFormRefusesANumberWrittenOtherwiseAndARateWithTooManyPlaces() {
    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/policies.xhtml");
    type("draft:validFrom", "+2030");
    type("draft:maxRecipients", "٣");
    type("draft:designableRate", "0.0123456");
    browser.clickAndWait(By.id("draft:whatIf"));

    assertTrue(
        messageBeside("draft", "validFrom").contains("whole number with the digits 0-9"),
        messageBeside("draft", "validFrom"));
    assertTrue(
        messageBeside("draft", "maxRecipients").contains("whole number with the digits 0-9"),
        messageBeside("draft", "maxRecipients"));
  }

  @Test
  void aPaperFormWithAShareWrittenAsAnExponentIsRefusedAndNothingIsStored() {
    String id = "W-" + UUID.randomUUID().toString().substring(0, 12);
    assertEquals(
        201,
        canton
            .clerk
            .postJson(
                canton.path("/people"),
                "{\"id\":\"%s\",\"name\":\"Page Form\",\"born\":\"1980-01-01\",\"residentSince\":\"2010-01-01\"}"
                    .formatted(id))
            .statusCode());
    int lastYear = ServerClock.YEAR - 1;
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/taxpayer.xhtml?id=" + id + "&year=" + lastYear);
    browser.setDate("paper:madeOn", lastYear + "-02-03");
    new Select(browser.driver.findElement(By.cssSelector("[id$=':0:recipient']")))
        .selectByValue("canton");
    type(browser.driver.findElement(By.cssSelector("[id$=':0:percent']")), "1e2");
    browser.clickAndWait(By.id("paper:save"));

    String messages = browser.text("messages");
    assertTrue(
        messages.contains("Enter the share as a number of percent") && messages.contains("1e2"),
        messages);
    assertEquals(0, FiscalWorld.history(canton, id, lastYear));
  }
}
