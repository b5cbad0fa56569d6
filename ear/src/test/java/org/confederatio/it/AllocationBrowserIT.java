package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clerk following a run to its end, and a foundation downloading its PDF report, in Chromium. */
class AllocationBrowserIT extends BrowserTest {

  @Test
  void aClerkStartsARunAndItsProgressBarReachesTheEnd() {
    TestCanton canton = Fixture.canton();
    int lastYear = ServerClock.YEAR - 1;
    FiscalWorld.taxpayer(canton, lastYear, "700.00");
    FiscalWorld.taxpayer(canton, lastYear, "300.00");
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/allocation.xhtml")
        .checkAccessibility();
    var year = browser.driver.findElement(By.id("start:year"));
    year.clear();
    year.sendKeys(Integer.toString(lastYear));
    browser.clickAndWait(By.id("start:submit"));

    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        // the page refreshes the progress while the run computes
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("state")).getText().startsWith("draft"));
    var bar = browser.driver.findElement(By.id("bar"));
    assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar is full");
    assertTrue(browser.text("lines").contains("canton"), browser.text("lines"));
    assertTrue(browser.text("lines").contains("10.00"), "1 % of 1000.00: " + browser.text("lines"));
    assertEquals(64, browser.text("digest").length());
    browser.checkAccessibility();
  }

  /** The run as stored, read through the API after the browser is done. */
  private static jakarta.json.JsonObject stored(Api clerk, long id) {
    return Api.json(clerk.get("/api/allocation-runs/" + id)).getJsonObject("run");
  }

  @Test
  void aClerkPublishesARunAfterAConfirmationAndThenACorrectionWithAReason() {
    TestCanton canton = Fixture.canton();
    canton.taxpayer("800.00");
    long first = canton.draftRun();
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/allocation.xhtml?run=" + first);

    browser.clickAndWait(By.id("actions:publish")).checkAccessibility();
    assertTrue(browser.text("actions:confirmation").contains("Run " + first + " becomes"));
    assertEquals("DRAFT", stored(canton.clerk, first).getString("state"), "not yet: confirm first");
    browser.clickAndWait(By.id("actions:confirm")).checkAccessibility();

    assertTrue(
        browser.text("messages").contains("Run " + first + " is published and in force"),
        browser.text("messages"));
    assertTrue(browser.text("in-force").contains("in force"), browser.text("in-force"));
    var published = stored(canton.clerk, first);
    assertEquals("PUBLISHED", published.getString("state"));
    assertTrue(published.getBoolean("inForce"));

    // a late assessment, and a correction that must say why
    canton.taxpayer("200.00");
    long correction = canton.draftRun();
    browser.open("/clerk/allocation.xhtml?run=" + correction);
    browser.clickAndWait(By.id("actions:publish")).checkAccessibility();
    assertTrue(
        browser.text("actions:confirmation").contains("Run " + first),
        "names the run in force it corrects");
    browser.clickAndWait(By.id("actions:confirm")).checkAccessibility();
    assertTrue(
        browser.driver.getPageSource().contains("is required: run " + first + " is in force"),
        "the missing reason is named beside its field");
    assertEquals("DRAFT", stored(canton.clerk, correction).getString("state"));

    browser.driver.findElement(By.id("actions:reason")).sendKeys("Late assessment received");
    browser.clickAndWait(By.id("actions:confirm")).checkAccessibility();

    assertTrue(
        browser.text("messages").contains("It corrects run " + first), browser.text("messages"));
    assertTrue(browser.text("replaces").contains("Late assessment received"));
    var corrected = stored(canton.clerk, correction);
    assertEquals("PUBLISHED", corrected.getString("state"));
    assertTrue(corrected.getBoolean("inForce"));
    assertEquals(first, corrected.getJsonObject("replaces").getJsonNumber("run").longValue());
    var superseded = stored(canton.clerk, first);
    assertEquals("PUBLISHED", superseded.getString("state"));
    assertTrue(!superseded.getBoolean("inForce"));
    assertEquals(
        correction, superseded.getJsonObject("replacedBy").getJsonNumber("run").longValue());
    assertEquals(
        "Late assessment received", superseded.getJsonObject("replacedBy").getString("reason"));
  }

  /** Waits until the run's state line starts with {@code label}; the page reloads meanwhile. */
  private static void waitForState(String label) {
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(d -> d.findElement(By.id("state")).getText().startsWith(label));
  }

  /**
   * The whole workflow in Spanish: a run is stopped half-way, restarted from its checkpoint, let
   * finish and published after the confirmation, all by clicks; the API then reads it published and
   * in force. The run is started with chunks of one taxpayer (the start button is the first test's
   * subject), so that the stop lands while it works.
   */
  @Test
  void aClerkStopsRestartsAndPublishesARunInSpanishAndItIsStoredInForce() {
    TestCanton canton = Fixture.canton();
    String phyle = FiscalWorld.phyle("Stopped Phyle", canton);
    AllocationRunsApiIT.populate(canton, new String[] {phyle}, 600);
    browser
        .signIn(canton.clerk.username(), canton.clerk.password())
        .open("/clerk/allocation.xhtml");
    assertTrue(browser.text("runs-empty").contains("No run"), "no run yet, said in words");
    browser.driver.findElement(By.cssSelector("#language input[lang='es']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("es"));

    var started =
        canton.clerk.postJson(
            canton.path("/allocation-runs"),
            "{\"year\":" + AllocationRunsApiIT.LAST_YEAR + ",\"chunkSize\":1}");
    assertEquals(202, started.statusCode(), started.body());
    long id = Api.json(started).getJsonObject("run").getJsonNumber("id").longValue();
    browser.open("/clerk/allocation.xhtml?run=" + id);
    browser.clickAndWait(By.id("actions:stop"));
    waitForState("parado");
    browser.checkAccessibility();
    var stopped = stored(canton.clerk, id);
    assertEquals("STOPPED", stopped.getString("state"));
    long total = stopped.getJsonNumber("taxpayersTotal").longValue();
    assertTrue(
        stopped.getJsonNumber("taxpayersDone").longValue() < total, "stopped half-way: " + stopped);

    browser.clickAndWait(By.id("actions:restart"));
    waitForState("borrador");
    browser.checkAccessibility();
    String lines = browser.text("lines");
    assertTrue(lines.contains("Stopped Phyle"), "the recipient by name: " + lines);
    assertTrue(!lines.contains(phyle), "never its id: " + lines);
    assertTrue(lines.contains("el cantón"), lines);
    assertTrue(lines.contains("CHF"), "amounts with their currency: " + lines);

    browser.clickAndWait(By.id("actions:publish")).checkAccessibility();
    assertTrue(
        browser.text("actions:confirmation").contains("El reparto " + id),
        browser.text("actions:confirmation"));
    assertEquals("DRAFT", stored(canton.clerk, id).getString("state"), "not before the confirm");
    browser.clickAndWait(By.id("actions:confirm")).checkAccessibility();
    assertTrue(
        browser.text("messages").contains("El reparto " + id + " está publicado y vigente"),
        browser.text("messages"));
    assertTrue(browser.text("state").startsWith("publicado"), browser.text("state"));

    var published = stored(canton.clerk, id);
    assertEquals("PUBLISHED", published.getString("state"));
    assertTrue(published.getBoolean("inForce"));
    assertEquals(total, published.getJsonNumber("taxpayersDone").longValue());
    assertEquals(64, published.getString("digest").length());
  }

  @Test
  void aFoundationDownloadsItsReportAsAPdfWithTheDigest() throws Exception {
    TestCanton canton = Fixture.canton();
    int lastYear = ServerClock.YEAR - 1;
    String organization = FiscalWorld.accredited("COMMONS_FOUNDATION", "Pdf Commons", canton);
    String chooser = FiscalWorld.taxpayer(canton, lastYear, "2500.00");
    FiscalWorld.designate(canton, chooser, lastYear, LocalDate.of(lastYear, 3, 1), organization);
    long id = FiscalWorld.draftRun(canton, lastYear);
    String digest = Publishing.run(canton.clerk, id).getJsonObject("run").getString("digest");
    Api foundation = Fixture.foundation(organization);
    String amount =
        Api.json(foundation.get("/api/foundations/" + organization + "/reports"))
            .getJsonArray("lines")
            .getJsonObject(0)
            .getString("amount");
    assertTrue(new java.math.BigDecimal(amount).compareTo(new java.math.BigDecimal(1000)) < 0);

    browser
        .signIn(foundation.username(), foundation.password())
        .open("/foundation/reports.xhtml")
        .checkAccessibility();
    assertTrue(browser.text("lines").contains(digest), browser.text("lines"));
    assertTrue(browser.driver.findElement(By.id("chart")).isDisplayed());

    // the link the foundation would click, fetched with the browser's own session
    String href = browser.driver.findElement(By.id("pdf")).getAttribute("href");
    String cookies =
        String.join(
            "; ",
            browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .toList());
    var pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains(digest), text);
      assertTrue(text.contains("Pdf Commons"), "the organization heads it: " + text);
      assertTrue(text.contains("Page 1 of " + document.getNumberOfPages()), text);
      assertTrue(text.replace("\n", "").contains("/api/verify/" + digest), text);
      // the currency and the figure are held together by a no-break space
      assertTrue(
          text.matches("(?s).*CHF[ \u00a0]" + java.util.regex.Pattern.quote(amount) + ".*"),
          "the amount with its currency: " + text);
    }

    // the same report in Spanish: the page, and the PDF its link gives
    browser.driver.findElement(By.cssSelector("#language input[lang='es']")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10))
        .until(d -> d.findElement(By.tagName("html")).getAttribute("lang").equals("es"));
    browser.checkAccessibility();
    String lines = browser.text("lines");
    assertTrue(lines.contains("menos de 5"), "one chooser is fewer than 5: " + lines);
    assertTrue(lines.contains(amount.replace('.', ',')), "a Spanish amount: " + lines);
    assertTrue(lines.contains("Canton " + canton.code), "the canton by name: " + lines);
    href = browser.driver.findElement(By.id("pdf")).getAttribute("href");
    assertTrue(href.endsWith("lang=es"), href);
    var spanish =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, spanish.statusCode());
    try (var document = Loader.loadPDF(spanish.body())) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Informe de repartos"), text);
      assertTrue(text.contains("Página 1 de " + document.getNumberOfPages()), text);
      assertTrue(text.contains(amount.replace('.', ',')), "a Spanish amount: " + text);
      assertTrue(!text.contains(amount), "no plain figure: " + text);
      assertTrue(text.contains("menos de 5"), text);
      assertTrue(text.contains(digest), text);
    }
  }
}
