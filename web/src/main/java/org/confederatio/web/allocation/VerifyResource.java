package org.confederatio.web.allocation;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.allocation.PublishedRuns;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public verification of a report's digest: anyone may ask, nobody needs to sign in. */
@Path("verify/{digest}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class VerifyResource {

  @Inject private PublishedRuns runs;

  @GET
  @Operation(
      summary =
          "Whether a report with this SHA-256 digest was published: canton, year, organizations,"
              + " whether it is in force (A12) and, if superseded, which correction replaced it"
              + " and why")
  @APIResponse(responseCode = "404", description = "no published report has this digest")
  public List<PublishedRuns.Verified> verify(@PathParam("digest") String digest) {
    return runs.verify(digest);
  }
}
