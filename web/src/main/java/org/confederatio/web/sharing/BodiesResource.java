package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.sharing.Bodies;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The confederal bodies with every canton's memberships: public to everyone signed in. */
@Path("bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BodiesResource {

  @Inject private Bodies bodies;
  @Inject private Callers callers;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary = "Every body with its rate range, disbursement rule and memberships (with history)")
  public List<Bodies.BodyView> all() {
    return bodies.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Define a body: a CONFEDERAL_FUND organization, its rate range, rule and target")
  public Response define(Bodies.NewBody body) {
    return Response.status(201).entity(bodies.define(callers.current(), body)).build();
  }
}
