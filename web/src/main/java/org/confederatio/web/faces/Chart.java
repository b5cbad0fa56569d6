package org.confederatio.web.faces;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A chart as a page shows it: Chart.js draws it from the configuration {@link #config()} returns
 * (put in a {@code data-chart} attribute, read by {@code js/charts.js}, so the page needs no inline
 * script), and {@code WEB-INF/includes/chart.xhtml} shows the same figures as a table for those who
 * cannot see the drawing. Every text in it (caption, axis titles, series and category labels) comes
 * translated from the page; the figures are exact decimals, never doubles, and Chart.js writes them
 * in the page's locale on the axes and in the tooltips.
 *
 * @param id the canvas's element id
 * @param type {@code bar} or {@code line}
 * @param caption what the chart shows, in a sentence; also the canvas's accessible name
 * @param xTitle the horizontal axis's title
 * @param yTitle the vertical axis's title, with its unit
 * @param locale the page's language tag, for Chart.js's number formatting
 * @param categories the labels along the horizontal axis
 * @param series the data sets, each with one value per category
 */
public record Chart(
    String id,
    String type,
    String caption,
    String xTitle,
    String yTitle,
    String locale,
    List<String> categories,
    List<Series> series) {

  /** Colours with at least 3:1 contrast on white, told apart by more than hue in the table. */
  private static final List<String> PALETTE =
      List.of("#0b5cad", "#b4461a", "#1e6b2f", "#6a3d9a", "#8a6d00", "#a4161a");

  /**
   * One data set; {@code text} holds each value as the table shows it (money with its currency,
   * "fewer than 5"...), the same length as {@code values}. A null value is a gap.
   */
  public record Series(String label, List<BigDecimal> values, List<String> text) {
    public Series {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
      text = List.copyOf(text);
      if (values.size() != text.size()) {
        throw new IllegalArgumentException("a series has one text per value");
      }
    }
  }

  public Chart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    for (Series s : series) {
      if (s.values().size() != categories.size()) {
        throw new IllegalArgumentException("series " + s.label() + " has one value per category");
      }
    }
  }

  public boolean isEmpty() {
    return categories.isEmpty() || series.isEmpty();
  }

  /** The Chart.js configuration, as JSON. */
  public String config() {
    JsonArrayBuilder sets = Json.createArrayBuilder();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String colour = PALETTE.get(i % PALETTE.size());
      JsonArrayBuilder data = Json.createArrayBuilder();
      s.values()
          .forEach(
              v -> {
                if (v == null) {
                  data.addNull();
                } else {
                  data.add(v);
                }
              });
      sets.add(
          Json.createObjectBuilder()
              .add("label", s.label())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("pointRadius", 4)
              // one bar alone would otherwise fill the whole width
              .add("maxBarThickness", 64)
              .add("spanGaps", true));
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    categories.forEach(labels::add);
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("locale", locale)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "legend",
                            Json.createObjectBuilder()
                                .add("display", series.size() > 1)
                                .add("position", "bottom")))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", axis(xTitle))
                        .add(
                            "y",
                            axis(yTitle)
                                .add("beginAtZero", true)
                                .add(
                                    "ticks",
                                    Json.createObjectBuilder().add("precision", precision())))))
        .build()
        .toString();
  }

  /** Counts are whole: an axis of findings reads 0, 1, 2, 3, not 0.5, 1.0, 1.5. */
  private int precision() {
    return series.stream()
        .flatMap(s -> s.values().stream())
        .filter(java.util.Objects::nonNull)
        .mapToInt(v -> Math.max(0, v.stripTrailingZeros().scale()))
        .max()
        .orElse(0);
  }

  private static JsonObjectBuilder axis(String title) {
    return Json.createObjectBuilder()
        .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
  }

  /** The figures by category, for the table beside the drawing: one row per category. */
  public List<Row> getRows() {
    return java.util.stream.IntStream.range(0, categories.size())
        .mapToObj(
            i -> new Row(categories.get(i), series.stream().map(s -> s.text().get(i)).toList()))
        .toList();
  }

  public record Row(String category, List<String> cells) {}
}
