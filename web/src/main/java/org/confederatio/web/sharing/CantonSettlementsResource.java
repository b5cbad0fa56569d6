package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.sharing.Settlements;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's contributions and receipts over the years, from published settlements. */
@Path("cantons/{canton}/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonSettlementsResource {

  @Inject private Settlements settlements;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "Every published settlement the canton took part in, with its own line")
  public List<Settlements.View> list(@PathParam("canton") String canton) {
    return settlements.ofCanton(Params.canton(canton));
  }
}
