package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Joining a body, and settling one, in Chromium. Joining is done on a body and in a canton of the
 * test's own; settling needs members in a year that has begun, which only the demo's memberships
 * (seeded in the past) have, so the settlement tests work on the demo's bodies (see {@link
 * SharingApiIT}).
 */
class SharingBrowserIT extends BrowserTest {

  private static void type(String id, String text) {
    var field = browser.driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  @Test
  void aPolicyOfficerJoinsABodyAndTheMembershipIsShownToAll() {
    // a body and a canton of the test's own: nothing joined yet
    String body = SharingApiIT.body();
    TestCanton canton = Fixture.canton();
    int year = ServerClock.YEAR + 2;
    browser
        .signIn(canton.policy.username(), canton.policy.password())
        .open("/policy/bodies.xhtml")
        .checkAccessibility();

    new Select(browser.driver.findElement(By.id("join:body"))).selectByValue(body);
    type("join:rate", "0.5");
    type("join:fromYear", Integer.toString(year));
    browser.clickAndWait(By.id("join:submit"));
    assertTrue(
        browser.driver.getPageSource().contains("must be between 0.001 and 0.02"),
        "the rate is named");

    new Select(browser.driver.findElement(By.id("join:body"))).selectByValue(body);
    type("join:rate", "0.007");
    type("join:fromYear", Integer.toString(year));
    browser.clickAndWait(By.id("join:submit")).checkAccessibility();

    // the body by its name, not its id
    assertTrue(
        browser.text("messages").contains("Your canton joins Test Fund"), browser.text("messages"));
    Api citizen = canton.citizen("Pia Public").api();
    assertTrue(citizen.get(canton.path("/memberships")).body().contains("\"fromYear\":" + year));

    browser.driver.findElement(By.id("join:submit")); // the page still offers both forms
    new Select(browser.driver.findElement(By.id("leave:body"))).selectByValue(body);
    type("leave:lastYear", Integer.toString(year + 1));
    browser.clickAndWait(By.id("leave:submit")).checkAccessibility();

    var memberships = Api.structure(citizen.get(canton.path("/memberships"))).asJsonArray();
    assertEquals(1, memberships.size(), memberships.toString());
    assertEquals(year + 1, memberships.getJsonObject(0).getInt("untilYear"), "left");
  }

  @Test
  void anAdministratorSettlesABodyAndSeesTheNetPositions() {
    browser
        .signIn("admin", DemoLogins.password("admin"))
        .open("/admin/settlements.xhtml")
        .checkAccessibility();
    new Select(browser.driver.findElement(By.id("settle:body"))).selectByValue("transit-fund");
    type("settle:year", "2025");
    browser.clickAndWait(By.id("settle:submit")).checkAccessibility();

    assertEquals("draft", browser.text("state"));
    assertTrue(
        browser.text("lines").contains("RIV") && browser.text("lines").contains("MON"),
        browser.text("lines"));
    assertTrue(browser.driver.findElement(By.id("net")).isDisplayed());
  }

  @Test
  void anAdministratorPublishesASettlementAsACorrectionWithAReason() {
    // a settlement of the solidarity fund's 2025 in force first, so that the browser corrects it
    Api admin = Api.as("admin");
    long inForce =
        Publishing.settlement(
                admin,
                Api.json(
                        admin.postJson(
                            "/api/bodies/solidarity-fund/settlements", "{\"year\":2025}"))
                    .getJsonNumber("id")
                    .longValue())
            .getJsonNumber("id")
            .longValue();
    long draft =
        Api.json(admin.postJson("/api/bodies/solidarity-fund/settlements", "{\"year\":2025}"))
            .getJsonNumber("id")
            .longValue();

    browser
        .signIn("admin", DemoLogins.password("admin"))
        .open("/admin/settlements.xhtml?settlement=" + draft);
    browser.clickAndWait(By.id("publish:submit")).checkAccessibility();
    assertTrue(
        browser.text("publish:confirmation").contains("Settlement " + inForce + " is in force"),
        browser.text("publish:confirmation"));
    browser.clickAndWait(By.id("publish:confirm")).checkAccessibility();
    assertTrue(
        browser.driver.getPageSource().contains("is required: settlement " + inForce),
        "the missing reason is named");
    assertEquals("DRAFT", Api.json(admin.get("/api/settlements/" + draft)).getString("state"));

    browser.driver.findElement(By.id("publish:reason")).sendKeys("Corrected contributions");
    browser.clickAndWait(By.id("publish:confirm")).checkAccessibility();

    assertTrue(
        browser.text("messages").contains("It corrects settlement " + inForce),
        browser.text("messages"));
    assertEquals("published", browser.text("state"));
    var published = Api.json(admin.get("/api/settlements/" + draft));
    assertEquals("PUBLISHED", published.getString("state"));
    assertTrue(published.getBoolean("inForce"));
    assertEquals(
        inForce, published.getJsonObject("replaces").getJsonNumber("settlement").longValue());
    var superseded = Api.json(admin.get("/api/settlements/" + inForce));
    assertTrue(!superseded.getBoolean("inForce"));
    assertEquals(
        draft, superseded.getJsonObject("replacedBy").getJsonNumber("settlement").longValue());
    assertEquals(
        "Corrected contributions", superseded.getJsonObject("replacedBy").getString("reason"));
  }

  @Test
  void anAdministratorSettlesABodyAndPublishesTheSettlementToTheEnd() {
    // a settlement of the transit fund's 2025 in force first, so that the outcome is known: the
    // one settled in the browser corrects it, whatever earlier runs published
    Api admin = Api.as("admin");
    long earlier =
        Publishing.settlement(
                admin,
                Api.json(admin.postJson("/api/bodies/transit-fund/settlements", "{\"year\":2025}"))
                    .getJsonNumber("id")
                    .longValue())
            .getJsonNumber("id")
            .longValue();

    browser
        .signIn("admin", DemoLogins.password("admin"))
        .open("/admin/settlements.xhtml")
        .checkAccessibility();
    new Select(browser.driver.findElement(By.id("settle:body"))).selectByValue("transit-fund");
    type("settle:year", "2025");
    browser.clickAndWait(By.id("settle:submit")).checkAccessibility();
    assertEquals("draft", browser.text("state"));
    String url = browser.driver.getCurrentUrl();
    long settled = Long.parseLong(url.substring(url.indexOf("settlement=") + 11));
    // words for the columns, money with its currency
    assertTrue(browser.text("lines").contains("Tax revenue per resident"), browser.text("lines"));
    assertTrue(browser.text("pot").contains("CHF"), browser.text("pot"));

    browser.clickAndWait(By.id("publish:submit")).checkAccessibility();
    assertTrue(
        browser.text("publish:confirmation").contains("Settlement " + earlier + " is in force"),
        browser.text("publish:confirmation"));
    browser.driver.findElement(By.id("publish:reason")).sendKeys("Settled again in the browser");
    browser.clickAndWait(By.id("publish:confirm")).checkAccessibility();
    assertEquals("published", browser.text("state"));

    var published = Api.json(admin.get("/api/settlements/" + settled));
    assertEquals("PUBLISHED", published.getString("state"));
    assertTrue(published.getBoolean("inForce"));
    assertEquals(
        earlier, published.getJsonObject("replaces").getJsonNumber("settlement").longValue());
    assertEquals(
        settled,
        Publishing.settlementInForce("transit-fund", 2025).getJsonNumber("id").longValue(),
        "the settlement published in the browser is the one in force of its body and year");
  }
}
