package org.confederatio.web.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.designation.Affiliations;
import org.confederatio.designation.Taxpayer;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The citizen's own affiliations. */
@Path("me/affiliations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CITIZEN)
public class MyAffiliationsResource {

  @Inject private Affiliations affiliations;
  @Inject private Callers callers;

  /** The organizations to belong to, by id. */
  public record Choice(List<String> organizations) {}

  @GET
  @Operation(summary = "The organizations you identify with")
  public List<Taxpayer.Affiliation> mine() {
    return affiliations.mine(callers.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace your affiliations: active organizations accredited in your canton this year")
  public List<Taxpayer.Affiliation> choose(Choice choice) {
    return affiliations.setMine(callers.current(), choice == null ? null : choice.organizations());
  }
}
