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
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log as a CSV file, for a link (the page's download). */
@Path("audit.csv")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY})
public class AuditCsvResource {

  @Inject private Callers callers;
  @Inject private AuditExport export;

  @GET
  @Produces("text/csv")
  @Operation(summary = "Every audit entry matching the filters of GET /api/audit, as CSV")
  public Response csv(@BeanParam AuditParams params) {
    return export.csv(callers.current(), params.filter());
  }
}
