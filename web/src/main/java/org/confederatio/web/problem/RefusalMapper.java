package org.confederatio.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Refusal;

/** The application's own refusals, each with the status that says what kind it is. */
@Provider
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Refusal refusal) {
    return problem(refusal, uri.getRequestUri().getPath()).toResponse();
  }

  /** The problem of a refusal, also for refusals that reach us inside Jakarta REST's errors. */
  static Problem problem(Refusal refusal, String instance) {
    Invalid invalid = refusal instanceof Invalid i ? i : null;
    return new Problem(
        "about:blank",
        refusal.title(),
        status(refusal),
        refusal.getMessage(),
        instance,
        invalid == null ? null : invalid.violations(),
        invalid == null ? null : invalid.total());
  }

  private static int status(Refusal refusal) {
    if (refusal instanceof Invalid) {
      return 400;
    } else if (refusal instanceof AccessRefused) {
      return 403;
    } else if (refusal instanceof NotFound) {
      return 404;
    } else if (refusal instanceof Conflict) {
      return 409;
    }
    return 400;
  }
}
