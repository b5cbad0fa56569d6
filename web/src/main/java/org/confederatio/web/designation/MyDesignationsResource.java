package org.confederatio.web.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.confederatio.access.Callers;
import org.confederatio.designation.Designations;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The citizen's own designation of a fiscal year, in the canton they are assessed or live in. */
@Path("me/designations/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class MyDesignationsResource {

  @Inject private Designations designations;
  @Inject private Callers callers;

  @GET
  @Operation(
      summary = "Your designation of the year, its deadline, and the estimated amount it moves")
  public Designations.Mine mine(@PathParam("year") FiscalYear year) {
    return designations.mine(callers.current(), year);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Make or change your designation until the deadline; 'version' is the one you replace"
              + " (omit it for your first)")
  @APIResponse(responseCode = "400", description = "refused under rule A2, saying why")
  @APIResponse(responseCode = "409", description = "changed by someone else since you read it")
  public Designations.Mine designate(
      @PathParam("year") FiscalYear year, Designations.Change change) {
    return designations.designateMine(callers.current(), year, change);
  }

  @GET
  @Path("receipt")
  @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
  @Operation(summary = "A receipt of the designation that stands for the year")
  public Response receipt(@PathParam("year") FiscalYear year) {
    return Response.ok(designations.receipt(callers.current(), year))
        .header(
            "Content-Disposition", "attachment; filename=\"designation-" + year + "-receipt.txt\"")
        .build();
  }
}
