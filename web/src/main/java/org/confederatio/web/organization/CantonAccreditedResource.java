package org.confederatio.web.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Which organizations a canton's taxpayers may choose in a fiscal year (active and accredited). */
@Path("cantons/{canton}/accredited")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
public class CantonAccreditedResource {

  @Inject private Accreditations accreditations;

  @GET
  @Operation(
      summary = "The ids of the organizations that may be chosen in a canton in a fiscal year")
  public List<String> accredited(
      @PathParam("canton") String canton, @QueryParam("year") FiscalYear year) {
    CantonCode code = Violations.parseOrRefuse("canton", () -> CantonCode.of(canton));
    new Violations().check(year != null, "year", "is a four-digit fiscal year").throwIfAny();
    return accreditations.accredited(code, year).stream().map(OrganizationId::value).toList();
  }
}
