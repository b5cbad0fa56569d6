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
import org.confederatio.access.Callers;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** S4: a policy officer justifies a finding of their canton. */
@Path("findings/{id}/justification")
@RequestScoped
public class JustificationsResource {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;

  /** A justification: why, and until which day. */
  public record JustificationBody(String reason, String until) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY)
  @Operation(
      summary =
          "Justify a finding of your canton (S4) with a reason until a day; it is open again after")
  public FindingAnswer justify(@PathParam("id") String id, JustificationBody body) {
    JustificationBody b = body == null ? new JustificationBody(null, null) : body;
    return FindingAnswer.of(
        reviews.justify(callers.current(), id, b.reason(), Params.date("until", b.until())),
        FindingTexts.english());
  }
}
