package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's register of organizations in Chromium, with axe-core; accreditations in a
 * canton of the test's own.
 */
class OrganizationsBrowserIT extends BrowserTest {

  private final TestCanton canton = Fixture.canton();

  @Test
  void anAdministratorRegistersSuspendsAndAccreditsAnOrganization() {
    String id = "aa-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("admin", DemoLogins.password("admin")).open("/admin/organizations.xhtml");

    browser.driver.findElement(By.id("organization:id")).sendKeys(id);
    browser.driver.findElement(By.id("organization:name")).sendKeys("Aardvark Commons " + id);
    new Select(browser.driver.findElement(By.id("organization:kind"))).selectByValue("PHYLE");
    browser
        .driver
        .findElement(By.id("organization:website"))
        .sendKeys("https://aardvark.example.org");
    browser.clickAndWait(By.id("organization:submit")).checkAccessibility();
    assertTrue(
        browser.text("messages").contains("The organization is registered."),
        browser.text("messages"));
    assertTrue(browser.text("list:organizations").contains(id));

    browser
        .clickAndWait(By.cssSelector("input[value='Suspend Aardvark Commons " + id + "']"))
        .checkAccessibility();
    assertEquals(
        "SUSPENDED", Api.json(Fixture.ADMIN.get("/api/organizations/" + id)).getString("status"));

    browser.driver.findElement(By.id("accredit:accreditedId")).sendKeys(id);
    new Select(browser.driver.findElement(By.id("accredit:canton"))).selectByValue(canton.code);
    browser.driver.findElement(By.id("accredit:fromYear")).sendKeys("2026");
    browser.clickAndWait(By.id("accredit:submit")).checkAccessibility();
    assertTrue(
        browser.text("messages").contains("The accreditation is recorded."),
        browser.text("messages"));
    assertTrue(
        Api.structure(Fixture.ADMIN.get("/api/organizations/" + id + "/accreditations"))
            .toString()
            .contains(canton.code));
  }

  @Test
  void anAdministratorEditsAnOrganizationAndWithdrawsItsAccreditation() {
    String id = "ab-" + UUID.randomUUID().toString().substring(0, 8);
    Api admin = Fixture.ADMIN;
    assertEquals(
        201,
        admin
            .postJson(
                "/api/organizations",
                "{\"id\":\""
                    + id
                    + "\",\"name\":\"Aardwolf Fund "
                    + id
                    + "\","
                    + "\"kind\":\"PHYLE\",\"payoutReference\":\"IBAN-1\"}")
            .statusCode());
    assertEquals(
        201,
        admin
            .postJson(
                "/api/organizations/" + id + "/accreditations",
                "{\"canton\":\"" + canton.code + "\",\"fromYear\":2024}")
            .statusCode());
    browser.signIn("admin", DemoLogins.password("admin")).open("/admin/organizations.xhtml");

    browser.clickAndWait(By.cssSelector("input[value='Edit Aardwolf Fund " + id + "']"));
    assertEquals(
        "IBAN-1",
        browser.driver.findElement(By.id("organization:payoutReference")).getAttribute("value"));
    browser.driver.findElement(By.id("organization:name")).clear();
    browser.driver.findElement(By.id("organization:name")).sendKeys("Aardwolf Commons");
    browser.clickAndWait(By.id("organization:save")).checkAccessibility();
    assertEquals(
        "Aardwolf Commons", Api.json(admin.get("/api/organizations/" + id)).getString("name"));

    browser.driver.findElement(By.id("withdraw:withdrawnId")).sendKeys(id);
    new Select(browser.driver.findElement(By.id("withdraw:canton"))).selectByValue(canton.code);
    browser.driver.findElement(By.id("withdraw:untilYear")).sendKeys("2025");
    browser.clickAndWait(By.id("withdraw:submit")).checkAccessibility();
    assertTrue(browser.text("messages").contains("withdrawn"), browser.text("messages"));
    assertTrue(
        Api.structure(admin.get(canton.path("/accredited?year=2026"))).toString().indexOf(id) < 0);
    assertTrue(
        Api.structure(admin.get(canton.path("/accredited?year=2025"))).toString().contains(id));
  }

  @Test
  void aBadRegistrationNamesItsFields() {
    browser.signIn("admin", DemoLogins.password("admin")).open("/admin/organizations.xhtml");

    browser.driver.findElement(By.id("organization:id")).sendKeys("Not A Slug");
    browser.driver.findElement(By.id("organization:website")).sendKeys("ftp://nowhere");
    browser.clickAndWait(By.id("organization:submit")).checkAccessibility();

    String page = browser.driver.getPageSource();
    assertTrue(page.contains("is required"), "the name");
    assertTrue(page.contains("is an address starting with https:// or http://"), "the website");
  }

  @Test
  void aClerkIsRefusedTheRegister() {
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/admin/organizations.xhtml");

    assertEquals("Not for your role", browser.text("error-title"));
  }

  @Test
  void theAdministratorsListPagesBackAndCountsItsPages() {
    browser
        .signIn("admin", DemoLogins.password("admin"))
        .open("/admin/organizations.xhtml?page=1")
        .checkAccessibility();
    assertTrue(browser.text("position").startsWith("Page 2 / "), browser.text("position"));

    browser.clickAndWait(By.id("previous")).checkAccessibility();
    assertTrue(browser.text("position").startsWith("Page 1 / "), browser.text("position"));
    assertTrue(
        browser.driver.findElements(By.id("previous")).isEmpty(), "no page before the first");
  }

  @Test
  void theAdministratorReachesTheRegisterOfPublicFunctionsFromTheMenu() {
    browser.signIn("admin", DemoLogins.password("admin"));
    assertTrue(
        browser.driver.findElements(By.cssSelector("a[href$='/admin/functions.xhtml']")).size() > 0,
        "the menu leads to the register the admin's home mentions");
    browser.open("/admin/functions.xhtml?canton=" + canton.code).checkAccessibility();
    assertTrue(
        browser.driver.findElements(By.id("register")).size()
                + browser.driver.findElements(By.id("register-empty")).size()
            == 1,
        "a register, or words saying it is empty");
    assertEquals(
        canton.code,
        new Select(browser.driver.findElement(By.id("canton")))
            .getFirstSelectedOption()
            .getAttribute("value"),
        "the register shown is the chosen canton's");
  }
}
