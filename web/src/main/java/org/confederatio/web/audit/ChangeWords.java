package org.confederatio.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.confederatio.audit.Changes;

/**
 * An audit entry's changes as a person reads them: the snapshots' field names through the bundle
 * ({@code audit.field.NAME}), nested records as "field: value" lists instead of JSON, moments to
 * the minute and days in the reader's format, and enum constants through the label the pages
 * already use for them. The CSV and the API keep the snapshots as they were recorded.
 */
final class ChangeWords {

  /** Where the pages keep the labels of enum constants, tried in this order. */
  private static final List<String> LABELS =
      List.of(
          "audit.value.",
          "settlements.state.",
          "allocation.state.",
          "policies.standing.",
          "policies.weighting.",
          "policies.undesignated.",
          "subsidiarity.level.",
          "subsidiarity.state.",
          "subsidiarity.status.",
          "functions.scope.",
          "import.phase.",
          "fiscalImport.kind.",
          "bodies.rule.",
          "principle.",
          "status.",
          "reason.",
          "channel.",
          "kind.");

  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** An exact decimal as snapshots record amounts and rates ({@code 1000.00}, {@code 0.007}). */
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

  private final ResourceBundle bundle;
  private final Function<Instant, String> minute;
  private final Function<LocalDate, String> date;
  private final Function<BigDecimal, String> decimal;
  private final Function<String, String> organization;

  /** Fields whose value is an organization's id, shown by the organization's name. */
  private static final java.util.Set<String> ORGANIZATIONS =
      java.util.Set.of("organization", "body", "recipient");

  /**
   * {@code minute}, {@code date} and {@code decimal} write values as the page does; {@code
   * organization} names an organization by its id.
   */
  ChangeWords(
      ResourceBundle bundle,
      Function<Instant, String> minute,
      Function<LocalDate, String> date,
      Function<BigDecimal, String> decimal,
      Function<String, String> organization) {
    this.bundle = bundle;
    this.minute = minute;
    this.date = date;
    this.decimal = decimal;
    this.organization = organization;
  }

  /** One line of the "Changes" column: a field's label, its value before and after, in words. */
  public record Shown(String field, String before, String after) {}

  Shown line(Changes.Line line) {
    return new Shown(
        line.field().isEmpty() ? "" : field(line.field()),
        value(line.field(), line.before()),
        value(line.field(), line.after()));
  }

  /** A snapshot's field name in the reader's words, or split into words where none is known. */
  String field(String name) {
    String key = "audit.field." + name;
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  /** A recorded value of a field as text a person reads; null stays null (no value). */
  String value(String field, String text) {
    if (text == null) {
      return null;
    }
    if (text.startsWith("{") || text.startsWith("[")) {
      try (var reader = Json.createReader(new StringReader(text))) {
        return json(field, reader.readValue());
      } catch (JsonParsingException e) {
        return text;
      }
    }
    return scalar(field, text);
  }

  private String json(String field, JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT ->
          ((JsonObject) value)
              .entrySet().stream()
                  .filter(e -> e.getValue().getValueType() != JsonValue.ValueType.NULL)
                  .map(e -> field(e.getKey()) + ": " + json(e.getKey(), e.getValue()))
                  .collect(Collectors.joining(", ", "(", ")"));
      case ARRAY ->
          ((JsonArray) value).isEmpty()
              ? bundle.getString("audit.value.none")
              : ((JsonArray) value)
                  .stream().map(v -> json(field, v)).collect(Collectors.joining("; "));
      case STRING -> scalar(field, ((JsonString) value).getString());
      case TRUE -> bundle.getString("audit.value.true");
      case FALSE -> bundle.getString("audit.value.false");
      case NULL -> "";
      default -> value.toString();
    };
  }

  private String scalar(String field, String text) {
    if (ORGANIZATIONS.contains(field)) {
      return organization.apply(text);
    }
    // a login's role is recorded by its group name (clerk, policy...)
    String role = "role." + text.toLowerCase(Locale.ROOT);
    if (field.equals("role") && bundle.containsKey(role)) {
      return bundle.getString(role);
    }
    if (text.equals("true") || text.equals("false")) {
      return bundle.getString("audit.value." + text);
    }
    try {
      if (MOMENT.matcher(text).matches()) {
        return minute.apply(Instant.parse(text));
      }
      if (DAY.matcher(text).matches()) {
        return date.apply(LocalDate.parse(text));
      }
      if (DECIMAL.matcher(text).matches()) {
        return decimal.apply(new BigDecimal(text));
      }
    } catch (DateTimeParseException e) {
      return text;
    }
    if (CONSTANT.matcher(text).matches() && text.length() > 1) {
      for (String prefix : LABELS) {
        if (bundle.containsKey(prefix + text)) {
          return bundle.getString(prefix + text);
        }
      }
      if (bundle.containsKey(role)) {
        return bundle.getString(role);
      }
    }
    return text;
  }
}
