package org.confederatio.web.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.audit.AuditCsv;
import org.confederatio.audit.AuditFilter;
import org.confederatio.audit.AuditLog;
import org.confederatio.time.FiscalCalendar;

/**
 * Streams every entry a reader may see that matches a filter as CSV, a part at a time, so that a
 * large log never sits in memory. The caller's right to read is checked before the first byte.
 */
@ApplicationScoped
public class AuditExport {

  private static final int PART = AuditLog.MAX_SIZE;

  @Inject private AuditLog log;
  @Inject private FiscalCalendar calendar;

  Response csv(Caller caller, AuditFilter filter) {
    log.requireReader(caller, filter);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          try (AuditCsv csv = new AuditCsv(writer, calendar.zone())) {
            AuditLog.Entry last = null;
            List<AuditLog.Entry> part;
            do {
              part = log.after(caller, filter, last, PART);
              part.forEach(csv::write);
              last = part.isEmpty() ? last : part.get(part.size() - 1);
            } while (part.size() == PART);
          }
        };
    return Response.ok(body)
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }
}
