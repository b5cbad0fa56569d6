package org.confederatio.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.confederatio.files.CsvExport;

/**
 * The audit log as CSV (RFC 4180, English headers), times in the confederation's time zone, written
 * as it is read so that a large log is never held whole. A cell that a spreadsheet would take for a
 * formula is written as text.
 */
public final class AuditCsv implements AutoCloseable {

  static final String[] HEADER = {
    "id",
    "recorded_at",
    "actor",
    "action",
    "entity_type",
    "entity_id",
    "canton",
    "person",
    "changes",
    "before",
    "after",
    "withheld"
  };

  private final CSVPrinter printer;
  private final ZoneId zone;

  public AuditCsv(Appendable out, ZoneId zone) {
    this.zone = zone;
    try {
      this.printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void write(AuditLog.Entry e) {
    try {
      printer.printRecord(
          Long.toString(e.id()),
          DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
              e.recordedAt().truncatedTo(ChronoUnit.SECONDS).atZone(zone)),
          cell(e.actor()),
          cell(e.action()),
          cell(e.entityType()),
          cell(e.entityId()),
          cell(e.canton()),
          cell(e.person()),
          cell(Changes.text(Changes.of(e.before(), e.after()))),
          cell(e.before()),
          cell(e.after()),
          Boolean.toString(e.withheld()));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  public void flush() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      printer.close(true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text cell, never a formula (see {@link CsvExport#neutralized}). */
  static String cell(String value) {
    return value == null ? "" : CsvExport.neutralized(value);
  }
}
