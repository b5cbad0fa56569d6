package org.confederatio.web.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationInputs;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's year as the files of the command-line tool, to check a run without the server. */
@Path("cantons/{canton}/allocation-inputs/{year}")
@RequestScoped
public class AllocationInputsResource {

  @Inject private AllocationInputs inputs;
  @Inject private Callers callers;

  @GET
  @Path("POLICY.json")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(summary = "The policy of the canton's year with the organizations accredited then")
  public Response policy(
      @PathParam("canton") CantonCode canton, @PathParam("year") FiscalYear year) {
    return file(inputs.policy(callers.current(), canton, year), "POLICY.json");
  }

  @GET
  @Path("A.csv")
  @Produces("text/csv")
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Every assessment of the canton's year (taxpayer,tax); audited")
  public Response assessments(
      @PathParam("canton") CantonCode canton, @PathParam("year") FiscalYear year) {
    return file(inputs.assessments(callers.current(), canton, year), "A.csv");
  }

  @GET
  @Path("D.csv")
  @Produces("text/csv")
  @RolesAllowed(Roles.CLERK)
  @Operation(
      summary =
          "Every designation of the canton's assessed taxpayers (taxpayer,recipient,share_bp,made_on);"
              + " audited")
  public Response designations(
      @PathParam("canton") CantonCode canton, @PathParam("year") FiscalYear year) {
    return file(inputs.designations(callers.current(), canton, year), "D.csv");
  }

  private static Response file(String content, String name) {
    return Response.ok(content)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
