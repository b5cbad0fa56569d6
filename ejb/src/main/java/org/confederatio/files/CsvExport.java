package org.confederatio.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.confederatio.rules.api.notation.Notation;

/**
 * A CSV file to download, written in RFC 4180 (CRLF, fields quoted when they hold a comma, a quote
 * or a line break). Headers are the file's contract and stay English in every language.
 *
 * <p>Formula cells are neutralized as OWASP recommends: a cell that starts with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, so that a
 * spreadsheet shows it as text instead of running it (a justification {@code =HYPERLINK(...)} stays
 * text). A cell that is a plain number ({@code -12.50}: an optional minus, digits 0-9, an optional
 * point and digits) is written as it is: it is a number to any spreadsheet, not a formula, and the
 * contract files ({@code A.csv}, {@code D.csv}) keep their numbers plain for the command-line tool.
 */
public final class CsvExport {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setCommentMarker('#').get();

  private final StringBuilder out = new StringBuilder();
  private final CSVPrinter printer;

  /** A file that starts with {@code header}, e.g. {@code "taxpayer,tax"}. */
  public CsvExport(String header) {
    this(null, header);
  }

  /** A file that starts with a comment line ({@code # ...}), then {@code header}. */
  public CsvExport(String comment, String header) {
    try {
      printer = new CSVPrinter(out, FORMAT);
      if (comment != null) {
        printer.printComment(comment);
      }
      printer.printRecord((Object[]) header.split(","));
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be written", e);
    }
  }

  /** One row; {@code null} is an empty cell, anything else its text. */
  public CsvExport row(Object... cells) {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cells[i] == null ? "" : neutralized(String.valueOf(cells[i]));
    }
    try {
      printer.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be written", e);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /**
   * A cell as a spreadsheet may show it: never a formula, a plain number kept as it is. The one
   * neutralizing rule of every CSV the server writes (also the streamed audit log's).
   */
  public static String neutralized(String cell) {
    if (cell.isEmpty() || Notation.isPlainNumber(cell)) {
      return cell;
    }
    return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
