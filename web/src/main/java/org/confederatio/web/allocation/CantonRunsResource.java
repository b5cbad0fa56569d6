package org.confederatio.web.allocation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.AllocationRuns;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** A canton's allocation runs: started by its clerks, read by its clerks and policy officers. */
@Path("cantons/{canton}/allocation-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonRunsResource {

  @Inject private AllocationRuns runs;
  @Inject private Callers callers;

  /** What to run: the fiscal year, and optionally how many taxpayers a chunk holds. */
  public record Start(Integer year, Integer chunkSize) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(
      summary =
          "Start an allocation run of the canton's year as a batch job; follow it at its Location")
  @APIResponse(responseCode = "202", description = "started")
  @APIResponse(responseCode = "409", description = "a run of that year is still running")
  public Response start(@PathParam("canton") CantonCode canton, Start body, @Context UriInfo uri) {
    Start start = body == null ? new Start(null, null) : body;
    AllocationRuns.View view =
        runs.start(
            callers.current(), canton, Params.fiscalYear("year", start.year()), start.chunkSize());
    return Response.accepted(view)
        .location(
            uri.getBaseUriBuilder()
                .path("allocation-runs")
                .path(Long.toString(view.run().id()))
                .build())
        .build();
  }

  @GET
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(summary = "The canton's runs, newest first, optionally of one year")
  public List<AllocationRun.Summary> list(
      @PathParam("canton") CantonCode canton, @QueryParam("year") FiscalYear year) {
    return runs.list(callers.current(), canton, Optional.ofNullable(year));
  }
}
