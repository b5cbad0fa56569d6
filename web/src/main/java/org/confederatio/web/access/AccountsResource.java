package org.confederatio.web.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.confederatio.access.Account;
import org.confederatio.access.AccountAdministration;
import org.confederatio.access.Callers;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The confederation's logins, kept by the confederal administrator. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountsResource {

  @Inject private AccountAdministration accounts;
  @Inject private Callers callers;

  @GET
  @Operation(summary = "Every login by username, a page at a time; never a password or its hash")
  public List<Account.Summary> list(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    return accounts.list(callers.current(), page, size);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Create a login bound to a canton (clerk, policy), an organization (foundation) or a"
              + " person (citizen); its first password is generated and shown once")
  @APIResponse(responseCode = "201", description = "created, with the first password")
  @APIResponse(responseCode = "400", description = "a field is invalid; the problem lists each")
  @APIResponse(responseCode = "409", description = "the username is taken")
  public Response create(AccountAdministration.NewAccount body, @Context UriInfo uri) {
    AccountAdministration.Issued issued = accounts.create(callers.current(), body);
    return Response.created(uri.getAbsolutePathBuilder().path(issued.account().username()).build())
        .entity(issued)
        .header("Cache-Control", "no-store")
        .build();
  }
}
