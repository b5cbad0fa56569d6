package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.confederatio.access.Callers;
import org.confederatio.roll.Election;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Freezing a canton's roll for an election (R6). */
@Path("cantons/{canton}/elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonElectionsResource {

  @Inject private Rolls rolls;
  @Inject private Callers callers;

  /** The body of a freeze. */
  public record Freeze(String name, String referenceDate) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Freeze the roll for an election (R6)")
  public Response freeze(@PathParam("canton") CantonCode code, Freeze body, @Context UriInfo uri) {
    Freeze f = body == null ? new Freeze(null, null) : body;
    Election.Summary frozen =
        rolls.freeze(
            callers.current(),
            code,
            f.name(),
            f.referenceDate() == null ? null : Dates.parse("referenceDate", f.referenceDate()));
    return Response.created(
            uri.getBaseUriBuilder().path("elections").path(String.valueOf(frozen.id())).build())
        .entity(frozen)
        .build();
  }
}
