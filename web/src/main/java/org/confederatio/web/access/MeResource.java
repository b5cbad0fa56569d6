package org.confederatio.web.access;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Who the API thinks you are, and your own password. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject private Callers callers;
  @Inject private PasswordChanges passwords;

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

  /** A password change: the current password and the new one. */
  public record PasswordChange(String current, @JsonbProperty("new") String replacement) {}

  @GET
  @PermitAll
  @Operation(
      summary = "The signed-in caller: username, role, and the canton or organization they act for")
  public Me me() {
    return Me.of(callers.current());
  }

  @PUT
  @Path("password")
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change your own password: the current one must be right; the new one has 12 to 128"
              + " characters, at least 5 of them different, and is not your username. The old"
              + " password stops working at once.")
  @APIResponse(responseCode = "204", description = "Changed")
  @APIResponse(responseCode = "400", description = "A wrong field, named in 'violations'")
  @APIResponse(
      responseCode = "429",
      description = "Too many wrong current passwords; see Retry-After")
  public Response changePassword(PasswordChange change, @Context HttpServletRequest request) {
    PasswordChange given = change == null ? new PasswordChange(null, null) : change;
    Optional<Duration> wait =
        passwords.change(
            callers.current(), request.getRemoteAddr(), given.current(), given.replacement());
    if (wait.isPresent()) {
      long seconds = Answers.seconds(wait.get());
      return Response.fromResponse(
              new Problem(
                      "Too many sign-in attempts",
                      429,
                      "Too many wrong passwords for this account or from your address. Try again in "
                          + seconds
                          + " seconds.",
                      request.getRequestURI())
                  .toResponse())
          .header("Retry-After", seconds)
          .build();
    }
    return Response.noContent().build();
  }
}
