package org.confederatio.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Refusal refusal) {
    return problem(refusal, uri.getRequestUri().getPath(), ProblemLanguage.of(headers))
        .toResponse();
  }

  /**
   * The problem of a refusal, also for refusals that reach us inside Jakarta REST's errors: its
   * title in the caller's language; the detail of an invalid request too (it only counts the
   * fields, which the violations list by their API names), other details as the service said them.
   */
  static Problem problem(Refusal refusal, String instance, ProblemLanguage language) {
    Invalid invalid = refusal instanceof Invalid i ? i : null;
    int status = status(refusal);
    String detail =
        invalid == null || language.english()
            ? refusal.getMessage()
            : language.text("problem.detail.invalid", refusal.getMessage(), invalid.total());
    return new Problem(
        "about:blank",
        language.text("problem.status." + status, refusal.title()),
        status,
        detail,
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
