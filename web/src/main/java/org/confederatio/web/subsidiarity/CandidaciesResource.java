package org.confederatio.web.subsidiarity;

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
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.subsidiarity.Candidacies;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A commons candidacy: read by anyone signed in, reviewed by the function's canton. */
@Path("candidacies/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CandidaciesResource {

  @Inject private Candidacies candidacies;
  @Inject private Callers callers;

  /** The policy officer's verdicts. */
  public record ReviewBody(List<Candidacies.Verdict> principles) {}

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "A candidacy with its claims and reviews")
  public Candidacies.View view(@PathParam("id") long id) {
    return candidacies.view(id);
  }

  @POST
  @Path("review")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.POLICY, Roles.ADMIN})
  @Operation(
      summary =
          "Accept or reject principles of a candidacy (policy officer of the function's canton;"
              + " the administrator for a confederal function); only accepted principles count")
  public Candidacies.View review(@PathParam("id") long id, ReviewBody body) {
    return candidacies.review(callers.current(), id, body == null ? null : body.principles());
  }
}
