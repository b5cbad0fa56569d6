package org.confederatio.web.roll;

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
import java.util.List;
import java.util.Map;
import org.confederatio.access.Callers;
import org.confederatio.failure.Violations;
import org.confederatio.roll.Rolls;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's roll for a date (R2, R5, R7). */
@Path("cantons/{canton}/roll")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonRollResource {

  static final int MAX_PAGE = 5000;

  @Inject private Rolls rolls;
  @Inject private Callers callers;

  /** A page of a roll, with the count of each reason over the whole roll. */
  public record RollPage(
      String canton,
      String date,
      String policyVersion,
      long eligible,
      long considered,
      Map<Reason, Long> byReason,
      int page,
      int size,
      List<RollEntry> entries) {}

  @GET
  @RolesAllowed({Roles.CLERK, Roles.POLICY, Roles.ADMIN})
  @Operation(
      summary =
          "The roll of a canton for a date: every person considered with the reason (R2, R5), a page at a time")
  public RollPage roll(
      @PathParam("canton") CantonCode code,
      @QueryParam("date") String date,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("500") int size) {
    new Violations()
        .check(page >= 0, "page", "is 0 or more")
        .check(size >= 1 && size <= MAX_PAGE, "size", "is between 1 and " + MAX_PAGE)
        .throwIfAny();
    var roll = rolls.page(callers.current(), code, Dates.parse("date", date), page, size);
    return new RollPage(
        roll.canton().value(),
        roll.date().toString(),
        roll.policyVersion(),
        roll.eligible(),
        roll.considered(),
        roll.byReason(),
        roll.page(),
        roll.size(),
        roll.entries());
  }
}
