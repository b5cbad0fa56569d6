package org.confederatio.web.subsidiarity;

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
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's register of public functions, with the confederation's. */
@Path("cantons/{canton}/functions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonFunctionsResource {

  @Inject private FunctionRegister register;
  @Inject private Callers callers;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "The canton's public functions and the confederal ones")
  public List<FunctionRegister.Summary> list(@PathParam("canton") String canton) {
    return register.of(Params.canton(canton));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.POLICY})
  @Operation(
      summary =
          "Register a function: CANTONAL or COMMONS by a policy officer of the canton, CONFEDERAL"
              + " (with delegatedBy) by the administrator")
  public Response register(
      @PathParam("canton") String canton, FunctionRegister.NewFunction body, @Context UriInfo uri) {
    FunctionRegister.Summary created =
        register.register(callers.current(), Params.canton(canton), body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
        .entity(created)
        .build();
  }
}
