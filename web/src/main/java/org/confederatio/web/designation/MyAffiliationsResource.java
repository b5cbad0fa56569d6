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
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.designation.Affiliation;
import org.confederatio.designation.Affiliations;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Choosability;
import org.confederatio.rules.api.canton.OrganizationId;
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
  public List<Affiliation.Summary> mine() {
    return affiliations.mine(callers.current());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace your affiliations: active organizations accredited in your canton this year")
  public List<Affiliation.Summary> choose(Choice choice) {
    return affiliations.setMine(
        callers.current(), organizations(choice == null ? null : choice.organizations()));
  }

  /**
   * The ids as given, each refused by its position when no organization could have it, as for any
   * id nobody registered.
   */
  static List<OrganizationId> organizations(List<String> given) {
    if (given == null) {
      return null;
    }
    Violations v = new Violations();
    List<OrganizationId> ids = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String id = given.get(i) == null ? "" : given.get(i).strip();
      try {
        ids.add(OrganizationId.of(id));
      } catch (IllegalArgumentException e) {
        v.check(false, Affiliations.field(i), Choosability.UNREGISTERED.explain(id, null, null));
      }
    }
    v.throwIfAny();
    return ids;
  }
}
