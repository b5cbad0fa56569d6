package org.confederatio.web.allocation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationRuns;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One allocation run: its progress and lines, and what its clerks do with it. */
@Path("allocation-runs/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject private AllocationRuns runs;
  @Inject private Callers callers;
  @Inject private SecurityContext security;

  @GET
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(
      summary =
          "Status, progress (taxpayers done of total) and, once computed, every line with its"
              + " explanation and the undesignated taxpayers by reason")
  public AllocationRuns.View view(@PathParam("id") long id) {
    return runs.view(callers.current(), id);
  }

  @POST
  @Path("stop")
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Stop a running run at its next checkpoint")
  public AllocationRuns.View stop(@PathParam("id") long id) {
    return runs.stop(callers.current(), id);
  }

  @POST
  @Path("restart")
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Restart a stopped or failed run from its last checkpoint")
  public AllocationRuns.View restart(@PathParam("id") long id) {
    return runs.restart(callers.current(), id);
  }

  @POST
  @Path("publish")
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Publish a computed draft; a published run never changes")
  public AllocationRuns.View publish(@PathParam("id") long id) {
    return runs.publish(callers.current(), id);
  }

  @GET
  @Path("comparison")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(summary = "This run beside the published run of its year, line by line")
  public List<AllocationRuns.Difference> comparison(@PathParam("id") long id) {
    return runs.compare(callers.current(), id);
  }

  @GET
  @Path("aggregates.json")
  @PermitAll
  @Operation(
      summary =
          "AGGREGATES.json of ALLOCATION.md: public once published, for 'confederatio-rules.jar"
              + " recompute'")
  public Response aggregates(@PathParam("id") long id) {
    Optional<org.confederatio.access.Caller> caller =
        security.getCallerPrincipal() == null ? Optional.empty() : Optional.of(callers.current());
    return Response.ok(runs.aggregates(caller, id))
        .header("Content-Disposition", "attachment; filename=\"AGGREGATES-" + id + ".json\"")
        .build();
  }
}
