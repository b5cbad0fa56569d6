package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.roll.RollStatus;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A citizen's own roll status (R5). */
@Path("me/roll-status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyRollStatusResource {

  @Inject private RollStatus status;
  @Inject private Callers callers;

  @GET
  @RolesAllowed(Roles.CITIZEN)
  @Operation(
      summary =
          "The citizen's own residences and roll status, today and in each frozen election (R5)")
  public RollStatus.Status me() {
    return status.of(callers.current());
  }
}
