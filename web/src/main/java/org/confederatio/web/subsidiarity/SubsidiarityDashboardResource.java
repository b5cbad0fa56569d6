package org.confederatio.web.subsidiarity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's subsidiarity dashboard. */
@Path("cantons/{canton}/subsidiarity-dashboard")
@RequestScoped
public class SubsidiarityDashboardResource {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary = "Functions per level, findings open, justified and resolved, and the trend by day")
  public SubsidiarityReviews.Dashboard dashboard(@PathParam("canton") String canton) {
    return reviews.dashboard(callers.current(), Params.canton(canton));
  }
}
