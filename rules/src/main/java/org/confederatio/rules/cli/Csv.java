package org.confederatio.rules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV file with a fixed header; fields are plain (no quotes), as the rules file
 * specifies.
 */
final class Csv {

  /** One data row and the line it came from. */
  record Row(int line, String[] fields) {
    String get(int i) {
      return fields[i].strip();
    }
  }

  private Csv() {}

  static List<Row> read(Path path, String header) throws BadInput, IOException {
    String file = path.getFileName().toString();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first != null && first.startsWith("\uFEFF")) {
        first = first.substring(1);
      }
      if (first == null || !first.strip().equals(header)) {
        throw new BadInput(
            file, 1, null, "the header must be '" + header + "', not '" + first + "'");
      }
      int columns = header.split(",").length;
      int line = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String[] fields = text.split(",", -1);
        if (fields.length != columns) {
          throw new BadInput(
              file,
              line,
              null,
              "expected " + columns + " fields (" + header + "), found " + fields.length);
        }
        rows.add(new Row(line, fields));
      }
    }
    return rows;
  }
}
