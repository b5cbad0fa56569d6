package org.confederatio.rules.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.rules.api.format.BadInput;

/**
 * Reads a small CSV file with a fixed header, as RFC 4180 writes it: fields separated by commas,
 * records by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled
 * quotes. A leading byte-order mark is dropped, fields are stripped of surrounding spaces, and
 * blank lines are skipped. The tool has no dependencies, so this is written here; the server reads
 * the same files with Apache Commons CSV, and a test in the server's module checks that both
 * readers find the same rows.
 */
final class Csv {

  /** One data row and the line it starts on. */
  record Row(int line, String[] fields) {
    String get(int i) {
      return fields[i].strip();
    }
  }

  private Csv() {}

  static List<Row> read(Path path, String header) throws BadInput, IOException {
    return parse(
        Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString(), header);
  }

  /** The data rows of {@code content}, whose first record must be {@code header}. */
  static List<Row> parse(String content, String file, String header) throws BadInput {
    List<Row> records = new Reader(content, file).records();
    if (records.isEmpty() || !String.join(",", strip(records.get(0))).equals(header)) {
      String first = records.isEmpty() ? "" : String.join(",", records.get(0).fields());
      throw new BadInput(file, 1, null, "the header must be '" + header + "', not '" + first + "'");
    }
    int columns = header.split(",").length;
    List<Row> rows = new ArrayList<>();
    for (Row row : records.subList(1, records.size())) {
      if (row.fields().length == 1 && row.fields()[0].isBlank()) {
        continue;
      }
      if (row.fields().length != columns) {
        throw new BadInput(
            file,
            row.line(),
            null,
            "expected " + columns + " fields (" + header + "), found " + row.fields().length);
      }
      rows.add(row);
    }
    return rows;
  }

  private static String[] strip(Row row) {
    String[] fields = new String[row.fields().length];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = row.fields()[i].strip();
    }
    return fields;
  }

  /** RFC 4180 records with the line each starts on (line breaks inside quotes count as lines). */
  private static final class Reader {
    private final String text;
    private final String file;
    private int pos;
    private int line = 1;

    Reader(String content, String file) {
      this.text = content.startsWith("\uFEFF") ? content.substring(1) : content;
      this.file = file;
    }

    List<Row> records() throws BadInput {
      List<Row> records = new ArrayList<>();
      while (pos < text.length()) {
        int start = line;
        List<String> fields = new ArrayList<>();
        boolean more = true;
        while (more) {
          boolean isQuoted = pos < text.length() && text.charAt(pos) == '"';
          fields.add(isQuoted ? quoted(start) : plain());
          more = pos < text.length() && text.charAt(pos) == ',';
          if (more) {
            pos++;
          }
        }
        endOfLine();
        records.add(new Row(start, fields.toArray(String[]::new)));
      }
      return records;
    }

    private String plain() {
      int from = pos;
      while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
        pos++;
      }
      return text.substring(from, pos);
    }

    private String quoted(int start) throws BadInput {
      StringBuilder field = new StringBuilder();
      pos++; // the opening quote
      while (true) {
        if (pos >= text.length()) {
          throw new BadInput(file, start, null, "a quoted field is not closed");
        }
        char c = text.charAt(pos++);
        if (c == '"') {
          if (pos < text.length() && text.charAt(pos) == '"') {
            field.append('"');
            pos++;
          } else {
            break;
          }
        } else {
          if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
            line++;
          }
          field.append(c);
        }
      }
      // as in Commons CSV: spaces may follow the closing quote, anything else is an error
      while (pos < text.length()
          && ",\r\n".indexOf(text.charAt(pos)) < 0
          && Character.isWhitespace(text.charAt(pos))) {
        pos++;
      }
      if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
        throw new BadInput(file, line, null, "a quoted field is followed by text before the comma");
      }
      return field.toString();
    }

    private void endOfLine() {
      if (pos < text.length() && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
    }
  }
}
