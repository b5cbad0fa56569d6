package org.confederatio.web.canton;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The register of cantons: readable by everyone signed in, extended by the confederal
 * administrator.
 */
@Path("cantons")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
public class CantonsResource {

  @Inject private CantonRegistry cantons;
  @Inject private Callers callers;

  @GET
  @Operation(summary = "Every canton of the confederation, by code")
  public List<Canton.Summary> all() {
    return cantons.all();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One canton")
  @APIResponse(responseCode = "200", description = "the canton")
  @APIResponse(responseCode = "404", description = "no canton has this code")
  public Canton.Summary one(@PathParam("code") String code) {
    return cantons.find(Violations.parseOrRefuse("code", () -> CantonCode.of(code)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Register a canton (confederal administrator only)")
  @APIResponse(responseCode = "201", description = "registered")
  @APIResponse(responseCode = "400", description = "a field is invalid; the problem lists each")
  @APIResponse(responseCode = "409", description = "the code is taken")
  public Response register(CantonRegistry.NewCanton body, @Context UriInfo uri) {
    CantonRegistry.NewCanton given = body == null ? new CantonRegistry.NewCanton(null, null) : body;
    Canton.Summary created = cantons.register(callers.current(), given);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }
}
