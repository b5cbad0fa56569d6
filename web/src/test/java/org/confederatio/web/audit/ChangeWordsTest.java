package org.confederatio.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.confederatio.audit.Changes;
import org.confederatio.web.language.Messages;
import org.junit.jupiter.api.Test;

/** The audit log's "Changes" column reads as words, not as the recorded JSON. */
class ChangeWordsTest {

  private final ChangeWords english =
      new ChangeWords(
          ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT),
          moment -> "minute " + moment.getEpochSecond(),
          day -> "day " + day.getDayOfMonth(),
          number -> "number " + number.toPlainString(),
          id -> "named " + id);

  private final ChangeWords spanish =
      new ChangeWords(
          ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("es")),
          Instant::toString,
          LocalDate::toString,
          java.math.BigDecimal::toPlainString,
          id -> id);

  private List<ChangeWords.Shown> lines(ChangeWords words, String before, String after) {
    return Changes.of(before, after).stream().map(words::line).toList();
  }

  @Test
  void fieldsAreLabelledAndStatesRolesAndTruthsAreWords() {
    var lines =
        lines(
            english,
            "{\"state\":\"DRAFT\",\"inForce\":false}",
            "{\"state\":\"PUBLISHED\",\"inForce\":true,\"role\":\"clerk\"}");

    assertEquals(new ChangeWords.Shown("state", "draft", "published"), lines.get(0));
    assertEquals(new ChangeWords.Shown("in force", "no", "yes"), lines.get(1));
    assertEquals(new ChangeWords.Shown("role", null, "municipal clerk"), lines.get(2));
  }

  @Test
  void momentsAndDaysAreWrittenAsThePageWritesThem() {
    var lines =
        lines(english, null, "{\"publishedAt\":\"1970-01-01T00:01:00Z\",\"born\":\"1990-05-07\"}");

    assertEquals("minute 60", lines.get(0).after());
    assertEquals("day 7", lines.get(1).after());
  }

  @Test
  void recordedDecimalsAreWrittenAsThePageWritesNumbers() {
    var lines = lines(english, null, "{\"perCapita\":\"1000.00\",\"residents\":12}");

    assertEquals(new ChangeWords.Shown("tax per resident", null, "number 1000.00"), lines.get(0));
    assertEquals("12", lines.get(1).after());
  }

  @Test
  void anOrganizationIsNamedNotShownByItsId() {
    var line = lines(english, null, "{\"body\":\"solidarity-fund\"}").get(0);

    assertEquals("named solidarity-fund", line.after());
  }

  @Test
  void nestedRecordsAndListsAreListsOfWordsNotJson() {
    var line =
        lines(english, null, "{\"replaces\":{\"settlement\":4,\"reason\":\"typo\"},\"runs\":[]}");

    assertEquals("(settlement: 4, reason: typo)", line.get(0).after());
    assertEquals("none", line.get(1).after());
    assertNull(line.get(0).before());
  }

  @Test
  void aSpanishReaderReadsSpanishLabels() {
    var lines = lines(spanish, "{\"state\":\"DRAFT\"}", "{\"state\":\"PUBLISHED\"}");

    assertEquals(new ChangeWords.Shown("estado", "borrador", "publicada"), lines.get(0));
  }
}
