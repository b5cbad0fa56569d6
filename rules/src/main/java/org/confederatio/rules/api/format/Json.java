package org.confederatio.rules.api.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer, so that the rules module needs no library. Numbers are read as
 * {@link BigDecimal}, never as binary floating point; objects remember the line of each member so
 * that errors can name it.
 */
final class Json {

  /** A JSON object with the line on which each member starts. */
  static final class Obj {
    final Map<String, Object> values = new LinkedHashMap<>();
    final Map<String, Integer> lines = new LinkedHashMap<>();
    final int line;

    Obj(int line) {
      this.line = line;
    }

    int lineOf(String key) {
      return lines.getOrDefault(key, line);
    }
  }

  private final String file;
  private final String text;
  private int pos;
  private int line = 1;

  private Json(String file, String text) {
    this.file = file;
    this.text = text;
  }

  static Object parse(String file, String text) throws BadInput {
    Json json = new Json(file, text);
    json.space();
    Object value = json.value();
    json.space();
    if (json.pos < text.length()) {
      throw json.error("unexpected text after the JSON value");
    }
    return value;
  }

  private Object value() throws BadInput {
    if (pos >= text.length()) {
      throw error("the file ends where a value was expected");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Obj object() throws BadInput {
    Obj obj = new Obj(line);
    pos++;
    space();
    if (peek('}')) {
      pos++;
      return obj;
    }
    while (true) {
      space();
      int keyLine = line;
      if (!peek('"')) {
        throw error("expected a member name in double quotes");
      }
      String key = string();
      space();
      expect(':');
      space();
      obj.values.put(key, value());
      obj.lines.put(key, keyLine);
      space();
      if (peek(',')) {
        pos++;
      } else {
        expect('}');
        return obj;
      }
    }
  }

  private List<Object> array() throws BadInput {
    List<Object> list = new ArrayList<>();
    pos++;
    space();
    if (peek(']')) {
      pos++;
      return list;
    }
    while (true) {
      space();
      list.add(value());
      space();
      if (peek(',')) {
        pos++;
      } else {
        expect(']');
        return list;
      }
    }
  }

  private String string() throws BadInput {
    StringBuilder out = new StringBuilder();
    pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c == '\n') {
        throw error("a string runs past the end of the line");
      }
      if (c == '\\') {
        if (pos >= text.length()) {
          break;
        }
        char e = text.charAt(pos++);
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            if (pos + 4 > text.length()) {
              throw error("a \\u escape needs four hex digits");
            }
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> throw error("unknown escape \\" + e);
        }
      } else {
        out.append(c);
      }
    }
    throw error("a string is not closed");
  }

  private BigDecimal number() throws BadInput {
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character '" + text.charAt(pos) + "'");
    }
    try {
      return new BigDecimal(text.substring(start, pos));
    } catch (NumberFormatException e) {
      throw error("'" + text.substring(start, pos) + "' is not a number");
    }
  }

  private Object literal(String word, Object value) throws BadInput {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected text; expected " + word);
    }
    pos += word.length();
    return value;
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      if (text.charAt(pos) == '\n') {
        line++;
      }
      pos++;
    }
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) throws BadInput {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private BadInput error(String problem) {
    return new BadInput(file, line, null, "malformed JSON: " + problem);
  }

  // ---- writing ----

  /** Writes maps, lists, strings, numbers, booleans and null as indented JSON. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Object value, int indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Map<?, ?> map) {
      writeMap(out, map, indent);
    } else if (value instanceof Obj obj) {
      writeMap(out, obj.values, indent);
    } else if (value instanceof List<?> list) {
      writeList(out, list, indent);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
    } else {
      quote(out, value.toString());
    }
  }

  /** Two spaces a level, appended one by one: a report of a million taxpayers has as many. */
  private static void indent(StringBuilder out, int levels) {
    for (int i = 0; i < levels; i++) {
      out.append("  ");
    }
  }

  private static void writeMap(StringBuilder out, Map<?, ?> map, int indent) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    int i = 0;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      indent(out, indent + 1);
      quote(out, e.getKey().toString());
      out.append(": ");
      write(out, e.getValue(), indent + 1);
      out.append(++i < map.size() ? ",\n" : "\n");
    }
    indent(out, indent);
    out.append('}');
  }

  private static void writeList(StringBuilder out, List<?> list, int indent) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      indent(out, indent + 1);
      write(out, list.get(i), indent + 1);
      out.append(i + 1 < list.size() ? ",\n" : "\n");
    }
    indent(out, indent);
    out.append(']');
  }

  private static void quote(StringBuilder out, String s) {
    out.append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
