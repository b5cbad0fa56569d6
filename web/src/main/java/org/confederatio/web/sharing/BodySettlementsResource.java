package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.sharing.Settlements;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Settling a body's fiscal year, by the administrator. */
@Path("bodies/{id}/settlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BodySettlementsResource {

  @Inject private Settlements settlements;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "A body's settlements of a fiscal year, newest first, each saying whether it is in force"
              + " (A12); drafts only for the administrator and the members' clerks and policy"
              + " officers")
  public List<Settlements.View> list(
      @PathParam("id") String body, @QueryParam("year") Integer year) {
    return settlements.ofBody(
        callers.current(), SharingInput.body(body), SharingInput.yearSoFar(year, calendar));
  }

  /** The fiscal year to settle. */
  public record Year(Integer year) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary =
          "Settle a body's fiscal year as a draft: contributions (C2), pot (C3), disbursements (C4, C5)")
  public Response settle(@PathParam("id") String body, Year year) {
    FiscalYear settled = SharingInput.yearSoFar(year == null ? null : year.year(), calendar);
    return Response.status(201)
        .entity(settlements.settle(callers.current(), SharingInput.body(body), settled))
        .build();
  }
}
