package org.confederatio.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chart's Chart.js configuration and its table carry the same exact figures and words. */
class ChartTest {

  private static Chart counts() {
    return new Chart(
        "trend",
        "line",
        "Findings per day",
        "Day",
        "Findings (number)",
        "es",
        List.of("1 dic 2026", "2 dic 2026"),
        List.of(
            new Chart.Series(
                "Abiertos", Arrays.asList(new BigDecimal("3"), null), List.of("3", "—"))));
  }

  private static JsonObject config(Chart chart) {
    return Json.createReader(new StringReader(chart.config())).readObject();
  }

  @Test
  void theConfigurationCarriesTheWordsTheLocaleAndExactValuesWithGapsAsNull() {
    JsonObject config = config(counts());

    assertEquals("es", config.getJsonObject("options").getString("locale"));
    var y = config.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals("Findings (number)", y.getJsonObject("title").getString("text"));
    assertEquals(0, y.getJsonObject("ticks").getInt("precision"), "counts step by whole numbers");
    var data = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    assertEquals("Abiertos", data.getString("label"));
    assertEquals(3, data.getJsonArray("data").getJsonNumber(0).intValueExact());
    assertTrue(data.getJsonArray("data").isNull(1), "a missing value is a gap, not a zero");
  }

  @Test
  void moneyStepsByCentsAndTheTableShowsTheFormattedTexts() {
    Chart money =
        new Chart(
            "amounts",
            "bar",
            "Amount per year",
            "Year",
            "Amount (CHF)",
            "en",
            List.of("2025"),
            List.of(
                new Chart.Series(
                    "Lacus", List.of(new BigDecimal("148.44")), List.of("CHF 148.44"))));

    var y = config(money).getJsonObject("options").getJsonObject("scales").getJsonObject("y");
    assertEquals(2, y.getJsonObject("ticks").getInt("precision"));
    assertEquals(List.of(new Chart.Row("2025", List.of("CHF 148.44"))), money.getRows());
  }

  @Test
  void aSeriesNeedsOneValuePerCategory() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Chart(
                "x",
                "bar",
                "c",
                "x",
                "y",
                "en",
                List.of("a", "b"),
                List.of(new Chart.Series("s", List.of(BigDecimal.ONE), List.of("1")))));
  }
}
