package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.roll.OneRollCheck;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** R4: the cross-canton check that nobody is on two rolls. */
@Path("one-roll-check")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OneRollCheckResource {

  @Inject private OneRollCheck oneRoll;
  @Inject private Callers callers;

  @GET
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "R4: anyone resident in two places on one day, across all cantons (always empty)")
  public List<OneRollCheck.DoubleResidence> oneRollCheck() {
    return oneRoll.run(callers.current());
  }
}
