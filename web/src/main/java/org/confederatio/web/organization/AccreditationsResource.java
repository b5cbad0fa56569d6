package org.confederatio.web.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditation;
import org.confederatio.organization.Accreditations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An organization's accreditations per canton: public to everyone signed in, granted by the
 * administrator.
 */
@Path("organizations/{id}/accreditations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
public class AccreditationsResource {

  @Inject private Accreditations accreditations;
  @Inject private Callers callers;

  /** The body of an accreditation. */
  public record Grant(String canton, Integer fromYear) {}

  /** The body of a withdrawal: the last fiscal year still covered. */
  public record Withdrawal(Integer untilYear) {}

  @GET
  @Operation(summary = "An organization's accreditations, by canton")
  public List<Accreditation.Summary> all(@PathParam("id") String id) {
    return accreditations.accreditations(OrganizationInput.existing(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Accredit the organization in a canton from a fiscal year")
  public Response accredit(@PathParam("id") String id, Grant body) {
    Grant g = body == null ? new Grant(null, null) : body;
    OrganizationId organization = OrganizationInput.existing(id);
    Violations v = new Violations();
    CantonCode canton = v.parse("canton", () -> CantonCode.of(g.canton()));
    FiscalYear from = OrganizationInput.year(v, "fromYear", g.fromYear());
    v.throwIfAny();
    return Response.status(Response.Status.CREATED)
        .entity(accreditations.accredit(callers.current(), organization, canton, from))
        .build();
  }

  @POST
  @Path("{canton}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Withdraw the open accreditation in a canton after a last fiscal year")
  public Accreditation.Summary withdraw(
      @PathParam("id") String id, @PathParam("canton") String canton, Withdrawal body) {
    OrganizationId organization = OrganizationInput.existing(id);
    Violations v = new Violations();
    CantonCode code = v.parse("canton", () -> CantonCode.of(canton));
    FiscalYear last =
        OrganizationInput.year(v, "untilYear", body == null ? null : body.untilYear());
    v.throwIfAny();
    return accreditations.withdraw(callers.current(), organization, code, last);
  }
}
