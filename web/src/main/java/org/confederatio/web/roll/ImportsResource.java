package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The imports a clerk started (from an import page or the API), and the progress of each: kept in
 * the database, so that every instance answers the same, and an import a crash cut off reads as
 * INTERRUPTED.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class ImportsResource {

  @Inject private ImportJobs jobs;
  @Inject private Callers callers;

  /** Where an import is: its phase and rows done of total. */
  public record Progress(String phase, int done, int total) {}

  /** One of the caller's imports. */
  public record Job(String id, String kind, String phase, int done, int total, Instant startedAt) {}

  @GET
  @Operation(
      summary =
          "The caller's latest imports, newest first: kind, phase (INTERRUPTED when a crash cut"
              + " one off; nothing of it was kept), rows done of total")
  public List<Job> mine() {
    return jobs.recent(callers.current()).stream()
        .map(j -> new Job(j.id(), j.kind(), j.phase().name(), j.done(), j.total(), j.startedAt()))
        .toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "The phase of an import and its rows done of total")
  public Progress progress(@PathParam("id") String id) {
    ImportProgress progress = jobs.of(callers.current(), id);
    return new Progress(progress.phase().name(), progress.done(), progress.total());
  }
}
