package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, with the axe-core accessibility
 * engine run on every page visited: a serious or critical violation of WCAG 2.1 AA fails the test.
 */
final class Browser implements AutoCloseable {

  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  final WebDriver driver;
  private final Path profile;

  Browser() {
    try {
      profile = Files.createTempDirectory("chromium-it");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(System.getProperty("test.chromium", "/usr/bin/chromium"))
            .addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en",
                "--user-data-dir=" + profile);
    // the console tells of every script, style or frame the Content-Security-Policy blocked
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("test.chromedriver", "/usr/bin/chromedriver")).toFile())
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  Browser open(String path) {
    driver.get(DemoLogins.BASE_URL + path);
    return checkAccessibility();
  }

  Browser signIn(String username, String password) {
    open("/login.xhtml");
    driver.findElement(By.id("signIn:username")).sendKeys(username);
    driver.findElement(By.id("signIn:password")).sendKeys(password);
    return clickAndWait(By.id("signIn:submit")).checkAccessibility();
  }

  Browser signOut() {
    return clickAndWait(By.id("signOut:signOutButton"));
  }

  /** Clicks something that loads a new page, and waits until the old page is gone. */
  Browser clickAndWait(By target) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    driver.findElement(target).click();
    // the old page is gone once its root element can no longer be asked anything; Chromium says so
    // either as a stale element or as a node that "does not belong to the document"
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(
            d -> {
              try {
                oldPage.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
    return this;
  }

  /**
   * A date input's typed format depends on the browser's locale; this sets its ISO value as a
   * picker would.
   */
  Browser setDate(String id, String isoDate) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id(id)), isoDate);
    return this;
  }

  String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /**
   * Waits for an import's page to show a phase starting with {@code phase}: the page follows the
   * import and reloads itself once it ends. If it has not within 40 s, the page is reloaded once
   * (what the server renders is the import's own state) and given 20 s more; that a reload was
   * needed is written to the test's output, since the page should not need one, and a failure names
   * what the page showed before and after.
   */
  Browser waitForPhase(String phase) {
    if (showsPhase(phase, 40)) {
      return this;
    }
    String before = phaseShown() + " at " + driver.getCurrentUrl();
    System.err.println("the import page still showed " + before + " after 40 s; reloading it");
    driver.navigate().refresh();
    if (showsPhase(phase, 20)) {
      return this;
    }
    throw new AssertionError(
        "the import page never showed '"
            + phase
            + "': it showed "
            + before
            + ", and after a reload "
            + phaseShown());
  }

  private boolean showsPhase(String phase, int seconds) {
    try {
      new WebDriverWait(driver, Duration.ofSeconds(seconds))
          // the page reloads itself when the import ends: an element read then is gone
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElement(By.id("phase")).getText().startsWith(phase));
      return true;
    } catch (org.openqa.selenium.TimeoutException e) {
      return false;
    }
  }

  private String phaseShown() {
    List<WebElement> shown = driver.findElements(By.id("phase"));
    return shown.isEmpty() ? "no phase" : "'" + shown.get(0).getText() + "'";
  }

  String path() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  /**
   * Fails on anything the page's Content-Security-Policy blocked (an inline script or handler, a
   * style attribute, a foreign source): the page would not work as written.
   */
  Browser checkContentSecurityPolicy() {
    List<String> blocked =
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
            .map(org.openqa.selenium.logging.LogEntry::getMessage)
            .filter(m -> m.contains("Content Security Policy"))
            .toList();
    assertTrue(blocked.isEmpty(), () -> "blocked on " + driver.getCurrentUrl() + ": " + blocked);
    return this;
  }

  /** Fails on any serious or critical WCAG 2.1 A/AA violation on the current page. */
  Browser checkAccessibility() {
    checkContentSecurityPolicy();
    List<Rule> violations = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver).getViolations();
    List<Rule> blocking =
        violations.stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .toList();
    assertTrue(
        blocking.isEmpty(),
        () ->
            "accessibility violations on "
                + driver.getCurrentUrl()
                + ": "
                + blocking.stream()
                    .map(
                        r ->
                            r.getId()
                                + " ("
                                + r.getImpact()
                                + "): "
                                + r.getHelp()
                                + " at "
                                + r.getNodes().stream()
                                    .map(n -> String.valueOf(n.getTarget()))
                                    .collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
    return this;
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary profile is harmless
    }
  }
}
