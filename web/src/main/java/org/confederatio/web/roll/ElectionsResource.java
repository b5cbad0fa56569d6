package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.confederatio.access.Callers;
import org.confederatio.files.CsvExport;
import org.confederatio.roll.Election;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.roll.Roll;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Frozen elections: their roll as CSV and the diff of two (R6). */
@Path("elections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ElectionsResource {

  @Inject private Rolls rolls;
  @Inject private Callers callers;

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(summary = "A frozen election: its reference date, policy version and counts")
  public Election.Summary election(@PathParam("id") long id) {
    return rolls.summary(callers.current(), id);
  }

  @GET
  @Path("{id}/roll.csv")
  @Produces("text/csv")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(summary = "A frozen roll as CSV: person_id,reason,date")
  public Response csv(@PathParam("id") long id) {
    Roll roll = rolls.frozen(callers.current(), id);
    CsvExport csv = new CsvExport("person_id,reason,date");
    roll.entries().forEach(e -> csv.row(e.personId(), e.reason(), e.date()));
    return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"roll-" + roll.canton() + "-" + roll.date() + ".csv\"")
        .build();
  }

  @GET
  @Path("{a}/diff/{b}")
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(
      summary = "Who was added to and removed from the roll between two frozen elections (R6)")
  public Roll.Diff diff(@PathParam("a") long a, @PathParam("b") long b) {
    return rolls.diff(callers.current(), a, b);
  }
}
