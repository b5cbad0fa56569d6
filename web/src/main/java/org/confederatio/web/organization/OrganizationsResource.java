package org.confederatio.web.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Organization;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The register of organizations is public to everyone signed in (payout references are not shown).
 */
@Path("organizations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
public class OrganizationsResource {

  @Inject private OrganizationRegistry organizations;
  @Inject private OrganizationAdministration administration;
  @Inject private Callers callers;

  /** The body of a registration: the id and the details. */
  public record NewOrganization(
      String id,
      String name,
      String kind,
      String description,
      String website,
      String payoutReference) {}

  @GET
  @Operation(summary = "Organizations by name, a page at a time")
  public OrganizationRegistry.Page page(
      @Parameter(description = "PHYLE, ORIGIN_COMMUNITY, COMMONS_FOUNDATION or CONFEDERAL_FUND")
          @QueryParam("kind")
          String kind,
      @Parameter(description = "page number, from 0") @QueryParam("page") @DefaultValue("0")
          int page,
      @Parameter(description = "page size, 1 to 100") @QueryParam("size") @DefaultValue("20")
          int size) {
    Optional<OrganizationKind> parsedKind =
        kind == null || kind.isBlank()
            ? Optional.empty()
            : Optional.of(Violations.parseOrRefuse("kind", () -> kindOf(kind)));
    return organizations.page(parsedKind, page, size);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One organization")
  public Organization.Summary one(@PathParam("id") String id) {
    return organizations.find(Violations.parseOrRefuse("id", () -> OrganizationId.of(id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Register an organization (confederal administrator)")
  @APIResponse(responseCode = "201", description = "registered")
  @APIResponse(responseCode = "409", description = "the id is taken")
  public Response register(NewOrganization body, @Context UriInfo uri) {
    NewOrganization o =
        body == null ? new NewOrganization(null, null, null, null, null, null) : body;
    var entry =
        new OrganizationAdministration.Entry(
            o.name(), o.kind(), o.description(), o.website(), o.payoutReference());
    Organization.Details details =
        administration.register(callers.current(), OrganizationInput.newId(o.id(), entry), entry);
    return Response.created(uri.getAbsolutePathBuilder().path(o.id()).build())
        .entity(details)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Edit an organization's details (confederal administrator)")
  public Organization.Details edit(
      @PathParam("id") String id, OrganizationAdministration.Entry body) {
    return administration.edit(callers.current(), OrganizationInput.existing(id), body);
  }

  @POST
  @Path("{id}/suspension")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Suspend an organization: it cannot be chosen until reinstated")
  public Organization.Summary suspend(@PathParam("id") String id) {
    return administration.suspend(callers.current(), OrganizationInput.existing(id), true);
  }

  @DELETE
  @Path("{id}/suspension")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Reinstate a suspended organization")
  public Organization.Summary reinstate(@PathParam("id") String id) {
    return administration.suspend(callers.current(), OrganizationInput.existing(id), false);
  }

  private static OrganizationKind kindOf(String kind) {
    try {
      return OrganizationKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "is one of PHYLE, ORIGIN_COMMUNITY, COMMONS_FOUNDATION, CONFEDERAL_FUND, not '"
              + kind
              + "'");
    }
  }
}
