package org.confederatio.web.access;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who the API thinks you are. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private Callers callers;

  /** The signed-in caller as the API sees it. */
  public record Me(
      String username, String role, String displayName, String canton, String organization) {
    static Me of(Caller caller) {
      return new Me(
          caller.username(),
          caller.role().groupName(),
          caller.displayName(),
          caller.canton().map(Object::toString).orElse(null),
          caller.organization().map(Object::toString).orElse(null));
    }
  }

  @GET
  @PermitAll
  @Operation(
      summary = "The signed-in caller: username, role, and the canton or organization they act for")
  public Me me() {
    return Me.of(callers.current());
  }
}
