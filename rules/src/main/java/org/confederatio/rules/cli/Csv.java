package org.confederatio.rules.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.rules.api.format.BadInput;

/**
 * Reads a CSV file with a fixed header, as RFC 4180 writes it: fields separated by commas, records
 * by CRLF, LF or CR; a field in double quotes may hold commas, line breaks and doubled quotes. A
 * leading byte-order mark is dropped, fields are stripped of surrounding spaces, and blank lines
 * are skipped. The tool has no dependencies, so this is written here; the server reads the same
 * files with Apache Commons CSV, and a test in the server's module checks that both readers find
 * the same rows.
 *
 * <p>It streams: a file of forty million rows goes through a buffer of 64 K characters, one row at
 * a time, so that the tool's memory is what its caller keeps of each row, not the file.
 */
final class Csv {

  private static final int BUFFER = 1 << 16;

  /** One data row and the line it starts on. */
  record Row(int line, String[] fields) {
    String get(int i) {
      return fields[i].strip();
    }
  }

  /** What the caller does with each data row; it refuses a row by throwing. */
  interface Sink {
    void accept(Row row) throws BadInput;
  }

  private Csv() {}

  /**
   * Hands each data row of the file to {@code sink}, in file order. A file that is not CSV with
   * this header (a wrong header, a row with another number of fields, an unclosed quote) is refused
   * at once, wherever it is. Once the sink refuses a row it gets no more, but the rest of the file
   * is still read for those errors, which come first; the sink's refusal is returned rather than
   * thrown, so that a caller with checks of the whole file (a taxpayer assessed twice) can report
   * whichever problem comes first in the file.
   *
   * @return the sink's refusal, or null if it took every row
   */
  static BadInput read(Path path, String header, Sink sink) throws BadInput, IOException {
    try (Reader in =
        new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder())) {
      return read(in, path.getFileName().toString(), header, sink);
    }
  }

  /** The data rows of {@code content}, whose first record must be {@code header}. */
  static List<Row> parse(String content, String file, String header) throws BadInput {
    List<Row> rows = new ArrayList<>();
    try {
      read(new StringReader(content), file, header, rows::add);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
    return rows;
  }

  private static BadInput read(Reader in, String file, String header, Sink sink)
      throws BadInput, IOException {
    Records records = new Records(in, file);
    String[] first = records.next();
    if (first == null || !String.join(",", strip(first)).equals(header)) {
      String given = first == null ? "" : String.join(",", first);
      throw new BadInput(file, 1, null, "the header must be '" + header + "', not '" + given + "'");
    }
    int columns = header.split(",").length;
    BadInput refused = null;
    for (String[] fields = records.next(); fields != null; fields = records.next()) {
      if (fields.length == 1 && fields[0].isBlank()) {
        continue;
      }
      if (fields.length != columns) {
        throw new BadInput(
            file,
            records.start(),
            null,
            "expected " + columns + " fields (" + header + "), found " + fields.length);
      }
      if (refused == null) {
        try {
          sink.accept(new Row(records.start(), fields));
        } catch (BadInput e) {
          refused = e;
        }
      }
    }
    return refused;
  }

  private static String[] strip(String[] given) {
    String[] fields = new String[given.length];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = given[i].strip();
    }
    return fields;
  }

  /**
   * RFC 4180 records with the line each starts on (line breaks inside quotes count as lines), read
   * through a buffer.
   */
  private static final class Records {
    private final Reader in;
    private final String file;
    private final char[] buffer = new char[BUFFER];
    private int pos;
    private int limit;
    private int line = 1;
    private int start;
    private boolean begun;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();

    Records(Reader in, String file) {
      this.in = in;
      this.file = file;
    }

    /** The line the last record returned starts on. */
    int start() {
      return start;
    }

    /** The next record's fields, or null at the end of the file. */
    String[] next() throws IOException, BadInput {
      if (!begun) {
        begun = true;
        if (peek() == '\uFEFF') {
          pos++;
        }
      }
      if (peek() < 0) {
        return null;
      }
      start = line;
      fields.clear();
      while (true) {
        fields.add(peek() == '"' ? quoted() : plain());
        if (peek() != ',') {
          break;
        }
        pos++;
      }
      endOfLine();
      return fields.toArray(new String[0]);
    }

    /** Whether a character is buffered, reading more when the buffer is spent. */
    private boolean fill() throws IOException {
      while (pos >= limit) {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) {
          return false;
        }
        pos = 0;
        limit = n;
      }
      return true;
    }

    private int peek() throws IOException {
      return fill() ? buffer[pos] : -1;
    }

    private String plain() throws IOException {
      field.setLength(0);
      while (fill()) {
        int from = pos;
        while (pos < limit && !endOfField(buffer[pos])) {
          pos++;
        }
        if (pos < limit && field.length() == 0) {
          return new String(buffer, from, pos - from); // the usual case: no copy in between
        }
        field.append(buffer, from, pos - from);
        if (pos < limit) {
          break;
        }
      }
      return field.toString();
    }

    private String quoted() throws IOException, BadInput {
      field.setLength(0);
      pos++; // the opening quote
      while (true) {
        if (!fill()) {
          throw new BadInput(file, start, null, "a quoted field is not closed");
        }
        char c = buffer[pos++];
        if (c == '"') {
          if (peek() == '"') {
            field.append('"');
            pos++;
          } else {
            break;
          }
        } else {
          if (c == '\n' || (c == '\r' && peek() != '\n')) {
            line++;
          }
          field.append(c);
        }
      }
      // as in Commons CSV: spaces may follow the closing quote, anything else is an error
      int c = peek();
      while (c >= 0 && !endOfField((char) c) && Character.isWhitespace(c)) {
        pos++;
        c = peek();
      }
      if (c >= 0 && !endOfField((char) c)) {
        throw new BadInput(file, line, null, "a quoted field is followed by text before the comma");
      }
      return field.toString();
    }

    private static boolean endOfField(char c) {
      return c == ',' || c == '\r' || c == '\n';
    }

    private void endOfLine() throws IOException {
      if (peek() == '\r') {
        pos++;
      }
      if (peek() == '\n') {
        pos++;
      }
      line++;
    }
  }
}
