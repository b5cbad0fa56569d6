package org.confederatio.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The three languages carry the same keys, and every fixed key a page asks for exists. */
class BundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/org/confederatio/web/i18n");
  private static final Pattern FIXED_KEY = Pattern.compile("msg\\['([A-Za-z0-9.]+)']");

  private static Set<String> keys(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  @Test
  void everyLanguageHasEveryKey() throws IOException {
    Set<String> english = keys("messages.properties");

    assertEquals(english, keys("messages_es.properties"));
    assertEquals(english, keys("messages_eo.properties"));
  }

  @Test
  void everyKeyAPageNamesExists() throws IOException {
    Set<String> english = keys("messages.properties");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = FIXED_KEY.matcher(Files.readString(page));
        while (m.find()) {
          if (!english.contains(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "missing keys: " + missing);
  }
}
