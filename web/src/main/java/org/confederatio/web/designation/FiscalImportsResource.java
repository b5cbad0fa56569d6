package org.confederatio.web.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.designation.FiscalImport;
import org.confederatio.importing.ImportJobs;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Bulk imports of a canton's assessments and designations for a fiscal year. */
@Path("cantons/{canton}/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class FiscalImportsResource {

  @Inject private FiscalImport fiscalImport;
  @Inject private Callers callers;
  @Inject private ImportJobs jobs;

  @POST
  @Path("assessments")
  @Consumes("text/csv")
  @Operation(
      summary = "Import assessments as CSV (header: taxpayer,tax); any bad row imports nothing")
  @APIResponse(responseCode = "400", description = "every bad row, by line and column")
  @APIResponse(responseCode = "409", description = "the same file was imported before; says when")
  public FiscalImport.Result assessments(
      @PathParam("canton") String canton, @QueryParam("year") FiscalYear year, String csv) {
    return run(canton, FiscalImport.Kind.ASSESSMENTS, year, csv);
  }

  @POST
  @Path("designations")
  @Consumes("text/csv")
  @Operation(
      summary =
          "Import designations as CSV (header: taxpayer,recipient,share_bp,made_on; rows of one"
              + " taxpayer and day form one designation); every bad row is named with the rule it breaks, and any bad"
              + " row imports nothing")
  @APIResponse(responseCode = "400", description = "every bad row, by line and column")
  @APIResponse(responseCode = "409", description = "the same file was imported before; says when")
  public FiscalImport.Result designations(
      @PathParam("canton") String canton, @QueryParam("year") FiscalYear year, String csv) {
    return run(canton, FiscalImport.Kind.DESIGNATIONS, year, csv);
  }

  private FiscalImport.Result run(
      String canton, FiscalImport.Kind kind, FiscalYear year, String csv) {
    var caller = callers.current();
    var code = Params.canton(canton);
    // a job like a page's import, so that the caller's import list shows it, even interrupted
    return jobs.run(
        caller, kind.name(), progress -> fiscalImport.run(caller, code, kind, year, csv, progress));
  }
}
