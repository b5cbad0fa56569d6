package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A clerk following a run to its end, and a foundation downloading its PDF report, in Chromium. */
class AllocationBrowserIT extends BrowserTest {

  @Test
  void aClerkStartsARunAndItsProgressBarReachesTheEnd() {
    browser
        .signIn("clerk-montes", DemoLogins.password("clerk-montes"))
        .open("/clerk/allocation.xhtml")
        .checkAccessibility();
    var year = browser.driver.findElement(By.id("start:year"));
    year.clear();
    year.sendKeys("2025");
    browser.clickAndWait(By.id("start:submit"));

    new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(d -> d.findElement(By.id("state")).getText().startsWith("draft"));
    var bar = browser.driver.findElement(By.id("bar"));
    assertEquals(bar.getAttribute("max"), bar.getAttribute("value"), "the bar is full");
    assertTrue(browser.text("lines").contains("canton"), browser.text("lines"));
    assertEquals(64, browser.text("digest").length());
    browser.checkAccessibility();
  }

  @Test
  void aFoundationDownloadsItsReportAsAPdfWithTheDigest() throws Exception {
    Api clerk = Api.as("clerk-montes");
    var run = AllocationRunsApiIT.computed(clerk, "MON", 2025);
    long id = run.getJsonObject("run").getJsonNumber("id").longValue();
    String digest =
        Api.json(clerk.postJson("/api/allocation-runs/" + id + "/publish", ""))
            .getJsonObject("run")
            .getString("digest");

    browser
        .signIn("foundation", DemoLogins.password("foundation"))
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
      assertTrue(new PDFTextStripper().getText(document).contains(digest));
    }
  }
}
