package org.confederatio.web.faces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the pages' markup promises a reader, checked on the files themselves: no raw moment, every
 * table able to scroll on a phone instead of widening the page, success told apart from failure.
 */
class PagesShowWordsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /**
   * An EL expression that prints an accessor named like a moment, {@code #{r.startedAt()}}, other
   * than as the machine-readable {@code datetime} attribute of a {@code <time>}.
   */
  private static final Pattern RAW_MOMENT =
      Pattern.compile("(?<!datetime=\")#\\{[\\w.()]*At\\(\\)}");

  private static final Pattern TABLE = Pattern.compile("<h:dataTable\\b");
  private static final Pattern MESSAGES = Pattern.compile("<h:messages\\b[^>]*>");

  private static Map<Path, String> pages() throws IOException {
    Map<Path, String> pages = new TreeMap<>();
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        pages.put(WEBAPP.relativize(page), Files.readString(page));
      }
    }
    return pages;
  }

  @Test
  void aMomentIsShownToTheMinuteInTheConfederationsZone() throws IOException {
    List<String> raw = new ArrayList<>();
    for (var page : pages().entrySet()) {
      Matcher m = RAW_MOMENT.matcher(page.getValue());
      while (m.find()) {
        raw.add(page.getKey() + ": " + m.group());
      }
    }
    assertTrue(raw.isEmpty(), "shown as a raw Instant (use times.minute): " + raw);
  }

  @Test
  void everyTableScrollsInsideItsOwnBoxOnANarrowScreen() throws IOException {
    List<String> bare = new ArrayList<>();
    for (var page : pages().entrySet()) {
      Matcher m = TABLE.matcher(page.getValue());
      while (m.find()) {
        String before = page.getValue().substring(0, m.start()).stripTrailing();
        if (!before.endsWith("<div class=\"scroll\" tabindex=\"0\">")) {
          bare.add(page.getKey() + " at " + m.start());
        }
      }
    }
    assertTrue(bare.isEmpty(), "tables outside a focusable .scroll box: " + bare);
  }

  @Test
  void successLooksDifferentFromFailure() throws IOException {
    List<String> plain = new ArrayList<>();
    for (var page : pages().entrySet()) {
      Matcher m = MESSAGES.matcher(page.getValue());
      while (m.find()) {
        if (!m.group().contains("infoClass=\"info\"") || !m.group().contains("errorClass=")) {
          plain.add(page.getKey() + ": " + m.group());
        }
      }
    }
    assertTrue(plain.isEmpty(), "messages without a class per severity: " + plain);
  }
}
