package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.sharing.Bodies;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's memberships: read by anyone signed in, changed by its policy officers. */
@Path("cantons/{canton}/memberships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonMembershipsResource {

  @Inject private Bodies bodies;
  @Inject private Callers callers;

  /** Join a body from a future year at a rate; or, with lastYear, leave it after that year. */
  public record Change(String body, String rate, Integer fromYear, Integer lastYear) {}

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "The canton's memberships, with history")
  public List<Bodies.MembershipView> list(@PathParam("canton") String canton) {
    return bodies.of(Params.canton(canton));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY)
  @Operation(
      summary =
          "Join a body from a future fiscal year at a rate in its range (C1); send lastYear instead"
              + " to leave it after that year")
  public Response change(@PathParam("canton") String canton, Change body) {
    Change c = body == null ? new Change(null, null, null, null) : body;
    if (c.lastYear() != null) {
      return Response.ok(
              bodies.leave(
                  callers.current(),
                  Params.canton(canton),
                  SharingInput.body(c.body()),
                  Params.fiscalYear("lastYear", c.lastYear())))
          .build();
    }
    return Response.status(201)
        .entity(
            bodies.join(
                callers.current(),
                Params.canton(canton),
                SharingInput.body(c.body()),
                c.rate(),
                Params.fiscalYear("fromYear", c.fromYear())))
        .build();
  }
}
