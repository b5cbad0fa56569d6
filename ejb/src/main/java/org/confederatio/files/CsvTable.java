package org.confederatio.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.confederatio.failure.Invalid;

/**
 * A CSV file as an import reads it: its header checked, then its rows, each with the line it starts
 * on and its fields stripped of surrounding spaces; blank lines are skipped. What makes the whole
 * file unreadable (a wrong header, a quote never closed) refuses it at once, naming the line; a row
 * with the wrong number of fields is a problem of that row.
 */
public final class CsvTable {

  /** RFC 4180; empty lines are kept by the parser so that every record's first line is known. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  /** One data row: the line it starts on (the header is line 1) and its fields, stripped. */
  public record Row(int line, List<String> fields) {
    public String get(int column) {
      return fields.get(column);
    }
  }

  private final String header;
  private final List<Row> rows;

  private CsvTable(String header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  /**
   * Reads {@code text}, which must start with {@code header}. Rows whose number of fields differs
   * from the header's are added to {@code problems} and left out.
   */
  public static CsvTable read(String text, String header, List<Invalid.Violation> problems) {
    String content = text == null ? "" : text;
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1); // a byte-order mark, as spreadsheets write UTF-8
    }
    int columns = header.split(",").length;
    List<Row> rows = new ArrayList<>();
    long previous = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
      boolean first = true;
      for (CSVRecord record : parser) {
        int line = (int) previous + 1;
        List<String> fields = record.toList().stream().map(String::strip).toList();
        previous = parser.getCurrentLineNumber();
        if (first) {
          requireHeader(header, fields);
          first = false;
        } else if (fields.size() == 1 && fields.get(0).isEmpty()) {
          continue; // a blank line
        } else if (fields.size() != columns) {
          problems.add(
              at(
                  line,
                  null,
                  "has "
                      + fields.size()
                      + " fields; "
                      + columns
                      + " are expected ("
                      + header
                      + ")"));
        } else {
          rows.add(new Row(line, fields));
        }
      }
      if (first) {
        requireHeader(header, List.of());
      }
    } catch (UncheckedIOException e) {
      // Commons CSV reports a broken quote while it reads the record that starts on this line
      String message = String.valueOf(e.getCause() == null ? null : e.getCause().getMessage());
      throw new Invalid(
          "line " + (previous + 1),
          message.contains("EOF reached")
              ? "a quoted field is not closed"
              : "a quoted field is followed by text before the next comma");
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
    return new CsvTable(header, rows);
  }

  public List<Row> rows() {
    return rows;
  }

  /** Refuses a file that holds its header and nothing else: there is nothing to import. */
  public CsvTable requireRows(List<Invalid.Violation> problems) {
    if (rows.isEmpty() && problems.isEmpty()) {
      throw new Invalid(
          "line 2", "the file holds the header and no rows; there is nothing to import");
    }
    return this;
  }

  /**
   * What a file says, whatever its bytes: the SHA-256 of {@code context} (the kind of file and its
   * fiscal year) and of every row, fields stripped and written in RFC 4180, in sorted order. The
   * same rows with CRLF, a byte-order mark, extra blank lines, quotes where none are needed, spaces
   * around fields or in another order say the same thing; the same rows for another year do not.
   */
  public String identity(String context) {
    List<String> canonical = new ArrayList<>(rows.size());
    for (Row row : rows) {
      canonical.add(FORMAT.format(row.fields().toArray()));
    }
    canonical.sort(null);
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update((context + "\n" + header + "\n").getBytes(StandardCharsets.UTF_8));
      for (String row : canonical) {
        sha256.update((row + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static void requireHeader(String header, List<String> fields) {
    if (!String.join(",", fields).equals(header)) {
      throw new Invalid("line 1", "the header must be '" + header + "'");
    }
  }

  /** A problem located in a file: {@code line 4, column tax}. */
  public static Invalid.Violation at(int line, String column, String message) {
    return new Invalid.Violation(
        "line " + line + (column == null ? "" : ", column " + column), message);
  }
}
