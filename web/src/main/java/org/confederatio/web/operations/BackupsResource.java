package org.confederatio.web.operations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.schema.Backups;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The administrator's backup of the embedded Derby database (README, Backup and restore). */
@Path("backups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BackupsResource {

  @Inject private Backups backups;
  @Inject private Callers callers;

  @POST
  @Operation(
      summary =
          "Back up the embedded Derby database into a new folder under confederatio.backup.dir;"
              + " answers the folder. A server started with db.derby.path on a copy of it serves"
              + " the restored database.")
  @APIResponse(
      responseCode = "409",
      description = "the database is PostgreSQL: back it up with pg_dump instead")
  public Backups.Backup backUp() {
    return backups.backUp(callers.current());
  }
}
