package org.confederatio.web.api;

import jakarta.json.Json;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.notation.Notation;

/**
 * Checks a JSON body against the Java type it is bound to, before JSON-B binds it, and names every
 * value that would not keep its meaning: a number out of range, fractional or with an exponent
 * where a whole number is expected, a string where a number or {@code true}/{@code false} is, an
 * impossible date, a property the type does not have, a property given twice. JSON-B (Yasson) would
 * wrap {@code 4294977296} to {@code 10000}, cut {@code 10000.5} to {@code 10000}, read {@code
 * "yes"} as {@code false}, and ignore a misspelt property; and its own errors name Java types, not
 * the field. Request bodies are records of strings, whole numbers, booleans, decimals, dates,
 * enumerations and lists of these.
 */
final class JsonShape {

  private final List<Invalid.Violation> found = new ArrayList<>();

  private JsonShape() {}

  /**
   * Refuses {@code body} with every wrong value named by its path, e.g. {@code
   * shares[0].basisPoints}.
   */
  static void check(byte[] body, Type type) {
    JsonShape shape = new JsonShape();
    try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
      if (!parser.hasNext()) {
        return;
      }
      shape.value(parser, parser.next(), type, "");
      if (parser.hasNext()) {
        parser.next();
        shape.add("body", "holds more than one JSON value");
      }
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw new UnreadableBody(
          "is not valid JSON"
              + (at == null
                  ? ""
                  : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")"));
    }
    if (!shape.found.isEmpty()) {
      throw new Invalid(shape.found);
    }
  }

  private void value(JsonParser p, Event e, Type type, String path) {
    Class<?> raw = raw(type);
    if (e == Event.VALUE_NULL) {
      if (raw.isPrimitive()) {
        add(path, "is required");
      }
    } else if (raw == String.class) {
      expect(p, e, e == Event.VALUE_STRING, path, "a string");
    } else if (raw == Integer.class || raw == int.class) {
      whole(p, e, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (raw == Long.class || raw == long.class) {
      whole(p, e, path, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(p, e, e == Event.VALUE_TRUE || e == Event.VALUE_FALSE, path, "true or false");
    } else if (raw == BigDecimal.class) {
      if (expect(p, e, e == Event.VALUE_NUMBER, path, "a number")) {
        parse(path, () -> Notation.decimal(p.getString(), Integer.MAX_VALUE));
      }
    } else if (raw == LocalDate.class) {
      if (expect(p, e, e == Event.VALUE_STRING, path, "a date as YYYY-MM-DD")) {
        parse(path, () -> Notation.date(p.getString()));
      }
    } else if (raw.isEnum()) {
      if (expect(p, e, e == Event.VALUE_STRING, path, "a string")) {
        enumeration(raw, p.getString(), path);
      }
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(p, e, element(type), path);
    } else if (raw.isRecord()) {
      object(p, e, raw, path);
    } else {
      skip(p, e); // no request body has other types; JSON-B binds them as it would
    }
  }

  private void whole(JsonParser p, Event e, String path, long min, long max) {
    if (expect(p, e, e == Event.VALUE_NUMBER, path, "a whole number")) {
      parse(path, () -> Notation.integer(p.getString(), min, max));
    }
  }

  private void list(JsonParser p, Event e, Type element, String path) {
    if (!expect(p, e, e == Event.START_ARRAY, path, "a list [...]")) {
      return;
    }
    int i = 0;
    for (Event next = p.next(); next != Event.END_ARRAY; next = p.next()) {
      String at = path + "[" + i++ + "]";
      if (next == Event.VALUE_NULL) {
        add(at, "is required: a list holds no null"); // no service expects a hole in a list
      } else {
        value(p, next, element, at);
      }
    }
  }

  private void object(JsonParser p, Event e, Class<?> type, String path) {
    if (!expect(p, e, e == Event.START_OBJECT, path, "an object {...}")) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (Event next = p.next(); next != Event.END_OBJECT; next = p.next()) {
      String name = p.getString();
      String at = path.isEmpty() ? name : path + "." + name;
      RecordComponent component = component(type, name);
      Event value = p.next();
      if (!seen.add(name)) {
        add(at, "is given twice");
        skip(p, value);
      } else if (component == null) {
        add(at, "is not a field of this request; see /openapi");
        skip(p, value);
      } else {
        value(p, value, component.getGenericType(), at);
      }
    }
  }

  private boolean expect(JsonParser p, Event e, boolean ok, String path, String what) {
    if (!ok) {
      add(path, "must be " + what + ", not " + describe(p, e));
      skip(p, e);
    }
    return ok;
  }

  private void parse(String path, Supplier<?> parser) {
    try {
      parser.get();
    } catch (IllegalArgumentException e) {
      add(path, e.getMessage());
    }
  }

  private void enumeration(Class<?> type, String value, String path) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(value)) {
        return;
      }
    }
    add(path, "is not one of " + List.of(type.getEnumConstants()));
  }

  private void add(String path, String message) {
    found.add(new Invalid.Violation(path.isEmpty() ? "body" : path, message));
  }

  private static String describe(JsonParser p, Event e) {
    return switch (e) {
      case VALUE_STRING -> "the string \"" + Notation.cut(p.getString()) + "\"";
      case VALUE_NUMBER -> "the number " + Notation.cut(p.getString());
      case VALUE_TRUE -> "true";
      case VALUE_FALSE -> "false";
      case START_ARRAY -> "a list";
      case START_OBJECT -> "an object";
      default -> "null";
    };
  }

  private static void skip(JsonParser p, Event e) {
    if (e == Event.START_OBJECT) {
      p.skipObject();
    } else if (e == Event.START_ARRAY) {
      p.skipArray();
    }
  }

  private static RecordComponent component(Class<?> type, String name) {
    for (RecordComponent c : type.getRecordComponents()) {
      if (jsonName(c).equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The name JSON-B reads the component under: a record's {@code @JsonbProperty} lands on its
   * accessor (the annotation does not target record components), so that is where it is looked up.
   */
  private static String jsonName(RecordComponent c) {
    JsonbProperty renamed = c.getAccessor().getAnnotation(JsonbProperty.class);
    return renamed == null || renamed.value().isEmpty() ? c.getName() : renamed.value();
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static Type element(Type collection) {
    return collection instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
  }
}
