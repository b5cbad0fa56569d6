package org.confederatio.web.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Callers;
import org.confederatio.designation.TaxpayerLists;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The designations of a canton's year that do not count, with their reasons (A2). */
@Path("cantons/{canton}/invalid-designations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class NotCountingResource {

  @Inject private TaxpayerLists lists;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;

  @GET
  @Operation(
      summary = "Taxpayers whose designations do not count, with the reason of the latest; audited")
  public TaxpayerLists.Page<TaxpayerLists.NotCounting> list(
      @PathParam("canton") String canton,
      @QueryParam("year") FiscalYear year,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return lists.notCounting(
        callers.current(),
        Params.canton(canton),
        year == null ? FiscalYear.of(calendar.currentYear()) : year,
        page,
        size);
  }
}
