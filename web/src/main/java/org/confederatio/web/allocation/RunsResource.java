package org.confederatio.web.allocation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationRuns;
import org.confederatio.allocation.PublishedRuns;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One allocation run: its progress and lines, and what its clerks do with it. Every role passes the
 * fence, because the service answers a run not yet published with 404 for anyone but the canton's
 * clerks and policy officers and the admin, and refuses the rest by role and canton.
 */
@Path("allocation-runs/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

  @Inject private AllocationRuns runs;
  @Inject private PublishedRuns published;
  @Inject private Callers callers;
  @Inject private SecurityContext security;

  @GET
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "Status, progress (taxpayers done of total) and, once computed, every line with its"
              + " explanation and the undesignated taxpayers by reason; whether it is in force"
              + " (A12) and what it replaced or was replaced by. For the canton's clerks and policy"
              + " officers; a run not yet published is not found for anyone else")
  public AllocationRuns.View view(@PathParam("id") long id) {
    return runs.view(callers.current(), id);
  }

  @POST
  @Path("stop")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "Stop a running run at its next checkpoint")
  public AllocationRuns.View stop(@PathParam("id") long id) {
    return runs.stop(callers.current(), id);
  }

  @POST
  @Path("restart")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "Restart a stopped or failed run from its last checkpoint")
  public AllocationRuns.View restart(@PathParam("id") long id) {
    return runs.restart(callers.current(), id);
  }

  /**
   * A publication: a reason, required when it corrects the run in force (A12), and optionally the
   * run the publisher saw in force, so that a correction never replaces an unseen one.
   */
  public record Publication(String reason, Long replaces) {}

  @POST
  @Path("publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "Publish a computed draft; a published run never changes. The first of its canton's year"
              + " is in force; publishing another is a correction (A12): it needs a 'reason' and"
              + " supersedes the run in force, which stays readable and verifiable")
  @APIResponse(responseCode = "400", description = "a correction without a reason")
  @APIResponse(
      responseCode = "409",
      description =
          "not a draft, 'replaces' is not the run in force, or another run was published at the"
              + " same moment")
  public AllocationRuns.View publish(@PathParam("id") long id, Publication body) {
    Publication p = body == null ? new Publication(null, null) : body;
    return runs.publish(callers.current(), id, p.reason(), p.replaces());
  }

  @GET
  @Path("comparison")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "This run beside the run a correction replaced, or else the run in force of its year,"
              + " line by line, with both digests")
  public PublishedRuns.Comparison comparison(@PathParam("id") long id) {
    return published.compare(callers.current(), id);
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
    return Response.ok(published.aggregates(caller, id))
        .header("Content-Disposition", "attachment; filename=\"AGGREGATES-" + id + ".json\"")
        .build();
  }
}
