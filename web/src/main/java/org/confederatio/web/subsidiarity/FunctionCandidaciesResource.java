package org.confederatio.web.subsidiarity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.subsidiarity.Candidacies;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Commons candidacies offered by foundations for a function. */
@Path("functions/{id}/candidacies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FunctionCandidaciesResource {

  @Inject private Candidacies candidacies;
  @Inject private Callers callers;

  /** The organization's self-assessment: all eight design principles. */
  public record Submission(List<Candidacies.Claim> principles) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.FOUNDATION)
  @Operation(
      summary =
          "Offer the foundation's organization to run a function, assessed against the eight design"
              + " principles (met or not, with evidence)")
  public Response submit(@PathParam("id") String function, Submission body) {
    return Response.status(201)
        .entity(
            candidacies.submit(
                callers.current(), function, body == null ? null : body.principles()))
        .build();
  }
}
