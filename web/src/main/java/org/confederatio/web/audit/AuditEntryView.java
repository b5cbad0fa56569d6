package org.confederatio.web.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.confederatio.audit.AuditLog;
import org.confederatio.audit.Changes;

/**
 * An audit entry in the API: the time in the confederation's zone, the snapshots as JSON, and what
 * changed in a form a person reads.
 */
@JsonbPropertyOrder({
  "id",
  "recordedAt",
  "actor",
  "action",
  "entityType",
  "entityId",
  "canton",
  "person",
  "changes",
  "before",
  "after",
  "withheld"
})
public record AuditEntryView(
    long id,
    String recordedAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    String canton,
    String person,
    List<Changes.Line> changes,
    JsonValue before,
    JsonValue after,
    boolean withheld) {

  /** One page, newest first, and how many entries the reader may see in all. */
  public record Page(List<AuditEntryView> items, int page, int size, long total) {}

  static AuditEntryView of(AuditLog.Entry e, ZoneId zone) {
    return new AuditEntryView(
        e.id(),
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            e.recordedAt().truncatedTo(ChronoUnit.MILLIS).atZone(zone)),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.canton(),
        e.person(),
        Changes.of(e.before(), e.after()),
        json(e.before()),
        json(e.after()),
        e.withheld());
  }

  static Page of(AuditLog.Page page, ZoneId zone) {
    return new Page(
        page.items().stream().map(e -> of(e, zone)).toList(),
        page.page(),
        page.size(),
        page.total());
  }

  private static JsonValue json(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
