package org.confederatio.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an entry changed, in a form a person reads: each field whose value differs between the
 * snapshots, with its value before and after. A creation lists the fields it set; a snapshot that
 * is not an object (a text, a list) is one line without a field name.
 */
public final class Changes {

  /** One changed field; {@code before} or {@code after} is null where the field had no value. */
  public record Line(String field, String before, String after) {}

  private Changes() {}

  /** The changes between two JSON snapshots, either of which may be null. */
  public static List<Line> of(String before, String after) {
    JsonValue b = parse(before);
    JsonValue a = parse(after);
    if (b == null && a == null) {
      return List.of();
    }
    if (isObjectOrNull(b) && isObjectOrNull(a)) {
      return fields((JsonObject) b, (JsonObject) a);
    }
    return List.of(new Line("", text(b), text(a)));
  }

  /**
   * The changes as one line of plain text, e.g. {@code tax: 100.00 → 120.00; recordedBy: clerk}.
   */
  public static String text(List<Line> lines) {
    List<String> parts = new ArrayList<>(lines.size());
    for (Line line : lines) {
      String value =
          line.before() == null
              ? line.after()
              : line.before() + " → " + (line.after() == null ? "" : line.after());
      parts.add(line.field().isEmpty() ? value : line.field() + ": " + value);
    }
    return String.join("; ", parts);
  }

  private static List<Line> fields(JsonObject before, JsonObject after) {
    Set<String> names = new LinkedHashSet<>();
    if (after != null) {
      names.addAll(after.keySet());
    }
    if (before != null) {
      names.addAll(before.keySet());
    }
    List<Line> lines = new ArrayList<>();
    for (String name : names) {
      String was = before == null ? null : text(before.get(name));
      String is = after == null ? null : text(after.get(name));
      if (!Objects.equals(was, is)) {
        lines.add(new Line(name, was, is));
      }
    }
    return lines;
  }

  private static boolean isObjectOrNull(JsonValue value) {
    return value == null || value.getValueType() == JsonValue.ValueType.OBJECT;
  }

  private static JsonValue parse(String json) {
    if (json == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      // written by this application, so always JSON; were it not, show it as it is
      return Json.createValue(json);
    }
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }
}
