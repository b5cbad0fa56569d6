package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of every role ({@link PageInventory}) in English, Spanish and Esperanto: no serious or
 * critical accessibility violation (axe, once a page: the languages share its markup, and every
 * other browser test runs axe on each page it opens), nothing wider than the screen at 1366 px and
 * at 390 px, and nothing a reader should not see: an unresolved bundle key, an English bundle
 * sentence on a Spanish or Esperanto page, an enum name, a raw ISO timestamp, an organization's id
 * where its name belongs, or a plain {@code 1234.56} amount in a language that writes a decimal
 * comma.
 */
class PagesBrowserIT extends BrowserTest {

  private static final List<String> LANGUAGES = List.of("en", "es", "eo");
  private static final int[] WIDTHS = {1366, 390};

  /**
   * Bundle keys whose English value may appear on a Spanish or Esperanto page, each reviewed: the
   * value is a name, a format or a word both languages write the same way.
   */
  private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("app.name");

  /** Upper-case words that are not enum names: acronyms every reader knows, canton codes. */
  private static final Set<String> ACRONYMS =
      Set.of("CSV", "PDF", "JSON", "API", "CHF", "EUR", "ISO", "HTTP", "HTTPS", "URL", "SHA");

  private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z0-9]+)+\\b");

  /** Four capitals standing alone: not part of an id (P-ANGNUMO) nor a file's name (A.json). */
  private static final Pattern SHOUTED = Pattern.compile("(?<![\\w-])[A-Z]{4,}(?![\\w-]|\\.\\w)");

  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
  private static final Pattern POINT_AMOUNT =
      Pattern.compile("(?<![\\d.,])\\d+\\.\\d{2}(?![\\d.])");

  private static PageInventory.State state;

  /** Ids of organizations whose names do not contain them: such an id on a page is a defect. */
  private static Set<String> organizationIds;

  /** Canton codes, which pages show beside a canton's name (tests make cantons like "QAIHHRXS"). */
  private static Set<String> cantonCodes;

  /** A published run of Lacus for 2025 and a settlement of the solidarity fund, for their pages. */
  @BeforeAll
  static void fillTheDemo() {
    Api clerk = Api.as("clerk");
    JsonObject computed = AllocationRunsApiIT.computed(clerk, "LAC", 2025);
    long run = computed.getJsonObject("run").getJsonNumber("id").longValue();
    Publishing.run(clerk, run);
    var settled =
        Fixture.ADMIN.postJson("/api/bodies/solidarity-fund/settlements", "{\"year\":2025}");
    assertEquals(201, settled.statusCode(), settled.body());
    state = new PageInventory.State(run, Api.json(settled).getJsonNumber("id").longValue());
    organizationIds = new TreeSet<>();
    for (int page = 0; ; page++) {
      var items =
          Api.json(Fixture.ADMIN.get("/api/organizations?size=100&page=" + page))
              .getJsonArray("items");
      if (items.isEmpty() || page > 20) {
        break;
      }
      items.stream()
          .map(JsonValue::asJsonObject)
          .filter(o -> !o.getString("name").contains(o.getString("id")))
          .forEach(o -> organizationIds.add(o.getString("id")));
    }
    cantonCodes =
        Api.structure(Fixture.ADMIN.get("/api/cantons")).asJsonArray().stream()
            .map(c -> c.asJsonObject().getString("code"))
            .collect(Collectors.toSet());
  }

  @Test
  void everyPageOfTheSourceTreeIsInTheInventory() {
    Set<String> listed =
        PageInventory.PAGES.stream()
            .map(PageInventory.Page::path)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missing = new TreeSet<>(PageInventory.sourcePages());
    missing.removeAll(listed);
    assertTrue(missing.isEmpty(), () -> "pages without an entry in PageInventory: " + missing);
    Set<String> gone = new TreeSet<>(listed);
    gone.removeAll(PageInventory.sourcePages());
    assertTrue(gone.isEmpty(), () -> "PageInventory lists pages that do not exist: " + gone);
  }

  @Test
  void everyPageReadsWellInEveryLanguageAtEveryWidth() {
    Map<String, List<PageInventory.Page>> byLogin = new LinkedHashMap<>();
    PageInventory.PAGES.forEach(
        p -> byLogin.computeIfAbsent(p.login(), k -> new ArrayList<>()).add(p));
    List<String> defects = new ArrayList<>();
    for (var login : byLogin.entrySet()) {
      for (String language : LANGUAGES) {
        browser.driver.manage().deleteAllCookies();
        if (login.getKey() != null) {
          browser.signIn(login.getKey(), DemoLogins.password(login.getKey()));
        }
        for (PageInventory.Page page : login.getValue()) {
          browser.driver.manage().window().setSize(new Dimension(WIDTHS[0], 900));
          browser.driver.get(DemoLogins.BASE_URL + page.address(state));
          choose(language);
          if (language.equals(LANGUAGES.get(0))) {
            browser.checkAccessibility();
          }
          defects.addAll(
              defectsOf(page, language).stream()
                  .map(
                      d ->
                          (login.getKey() == null ? "signed out" : login.getKey())
                              + " "
                              + language
                              + " "
                              + page.address(state)
                              + ": "
                              + d)
                  .toList());
        }
      }
    }
    browser.driver.manage().window().setSize(new Dimension(1280, 900));
    assertTrue(
        defects.isEmpty(), () -> defects.size() + " defects:\n" + String.join("\n", defects));
  }

  /** Switches the page's language with its own switcher, unless it is in that language already. */
  private static void choose(String language) {
    String shown = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    if (!language.equals(shown)) {
      browser.clickAndWait(By.cssSelector("#language input[lang='" + language + "']"));
    }
  }

  private static List<String> defectsOf(PageInventory.Page page, String language) {
    List<String> defects = new ArrayList<>();
    String shown = browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    if (!language.equals(shown)) {
      defects.add("shown in '" + shown + "'");
    }
    for (int width : WIDTHS) {
      browser.driver.manage().window().setSize(new Dimension(width, 900));
      long scroll = number("return document.documentElement.scrollWidth");
      long inner = number("return window.innerWidth");
      if (scroll > inner) {
        defects.add("wider than the screen at " + width + " px (" + scroll + " px)");
      }
    }
    browser.driver.manage().window().setSize(new Dimension(WIDTHS[0], 900));
    List<String> texts = texts();
    Map<String, String> english = language.equals("en") ? Map.of() : englishLeaks(language);
    for (String text : texts) {
      if (text.contains("???")) {
        defects.add("unresolved key: " + text);
      }
      find(ENUM_NAME, text).forEach(m -> defects.add("enum name " + m + " in: " + text));
      find(SHOUTED, text).stream()
          .filter(m -> !ACRONYMS.contains(m) && !cantonCodes.contains(m))
          .forEach(m -> defects.add("enum-like word " + m + " in: " + text));
      find(TIMESTAMP, text).forEach(m -> defects.add("raw timestamp in: " + text));
      if (!language.equals("en")) {
        find(POINT_AMOUNT, text)
            .forEach(m -> defects.add("amount " + m + " not localized in: " + text));
        english.forEach(
            (key, value) -> {
              if (text.equals(value) || (value.length() >= 20 && text.contains(value))) {
                defects.add("English of '" + key + "': " + text);
              }
            });
      }
      for (String id : organizationIds) {
        if (Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])")
            .matcher(text)
            .find()) {
          defects.add("organization id " + id + " in: " + text);
        }
      }
    }
    return defects;
  }

  private static long number(String script) {
    return ((Number) ((JavascriptExecutor) browser.driver).executeScript(script)).longValue();
  }

  /**
   * The texts a reader sees: every text node and every button's label, outside code (digests),
   * outside parts marked with a language of their own (the language switcher's names) and outside
   * the organization and function names, which stay as registered.
   */
  @SuppressWarnings("unchecked")
  private static List<String> texts() {
    return (List<String>)
        ((JavascriptExecutor) browser.driver)
            .executeScript(
                "const out = [];"
                    + "const skip = 'script,style,code,.code,[lang]:not(html),[translate=no]';"
                    + "const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
                    + "while (walk.nextNode()) {"
                    + "  const node = walk.currentNode, parent = node.parentElement;"
                    + "  if (!parent || parent.closest(skip)) continue;"
                    + "  const text = node.textContent.replace(/\\s+/g, ' ').trim();"
                    + "  if (text) out.push(text);"
                    + "}"
                    + "document.querySelectorAll('input[type=submit],input[type=button]')"
                    + "  .forEach(b => { if (!b.closest(skip) && b.value) out.push(b.value.trim()); });"
                    + "return out;");
  }

  private static List<String> find(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static final Map<String, Map<String, String>> LEAKS = new LinkedHashMap<>();

  /**
   * The English bundle's sentences that the language's bundle says differently, as a page would
   * show them: a message with arguments is cut at its placeholders, and only fragments long enough
   * to be a phrase are kept.
   */
  private static Map<String, String> englishLeaks(String language) {
    return LEAKS.computeIfAbsent(
        language,
        l -> {
          Properties en = bundle("");
          Properties other = bundle("_" + l);
          Map<String, String> leaks = new LinkedHashMap<>();
          for (String key : en.stringPropertyNames()) {
            String value = en.getProperty(key).trim();
            if (SAME_IN_EVERY_LANGUAGE.contains(key)
                || value.equals(other.getProperty(key, "").trim())) {
              continue;
            }
            String[] parts = value.replace("''", "'").split("\\{\\d+[^}]*\\}");
            for (String part : parts) {
              String fragment = part.trim();
              if (parts.length == 1 || fragment.length() >= 20) {
                if (fragment.length() >= 4) {
                  leaks.put(key, fragment);
                }
              }
            }
          }
          return leaks;
        });
  }

  private static Properties bundle(String suffix) {
    Path file =
        Path.of(
            System.getProperty(
                "test.bundles", "../web/src/main/resources/org/confederatio/web/i18n"),
            "messages" + suffix + ".properties");
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
