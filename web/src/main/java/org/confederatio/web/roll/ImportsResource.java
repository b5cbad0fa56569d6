package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The progress of an import started from an import page (for the clerk who started it). */
@Path("imports/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ImportsResource {

  @Inject private ImportJobs jobs;
  @Inject private Callers callers;

  /** Where an import is: its phase and rows done of total. */
  public record Progress(String phase, int done, int total) {}

  @GET
  @Operation(summary = "The phase of an import and its rows done of total")
  public Progress progress(@PathParam("id") String id) {
    ImportProgress progress = jobs.of(callers.current(), id);
    return new Progress(progress.phase().name(), progress.done(), progress.total());
  }
}
