package org.confederatio.web.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.confederatio.access.Callers;
import org.confederatio.audit.AuditLog;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The audit log: every entry for the administrator, their canton's for a clerk or policy officer.
 * Reading it is not itself audited.
 */
@Path("audit")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY})
public class AuditResource {

  @Inject private AuditLog log;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private AuditExport export;

  @GET
  @Produces("application/json; qs=1")
  @Operation(
      summary =
          "Audit entries newest first, filtered by actor, action, entityType, entityId, person,"
              + " canton and the days from/to (the confederation's time zone), a page at a time;"
              + " CSV of every match by Accept: text/csv")
  public AuditEntryView.Page list(@BeanParam AuditParams params) {
    return AuditEntryView.of(
        log.page(callers.current(), params.filter(), params.paging()), calendar.zone());
  }

  @GET
  @Produces("text/csv; qs=0.5")
  public Response csv(@BeanParam AuditParams params) {
    return export.csv(callers.current(), params.filter());
  }
}
