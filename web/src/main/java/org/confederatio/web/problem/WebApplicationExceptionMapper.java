package org.confederatio.web.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.confederatio.failure.Refusal;

/** Jakarta REST's own errors (unknown path, wrong method, a role check) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    if (exception.getCause() instanceof Refusal refusal) { // a parameter refused by its converter
      return RefusalMapper.problem(
              refusal, uri.getRequestUri().getPath(), ProblemLanguage.of(headers))
          .toResponse();
    }
    int status = exception.getResponse().getStatus();
    Response.Status.Family family = Response.Status.Family.familyOf(status);
    ProblemLanguage language = ProblemLanguage.of(headers);
    String title =
        language.text(
            "problem.status." + status,
            Response.Status.fromStatusCode(status) == null
                ? "Error " + status
                : Response.Status.fromStatusCode(status).getReasonPhrase());
    Response problem =
        new Problem(title, status, detail(exception, language), uri.getRequestUri().getPath())
            .toResponse();
    if (family == Response.Status.Family.SERVER_ERROR) {
      return problem;
    }
    // keep headers such as Allow on a 405
    Response.ResponseBuilder builder = Response.fromResponse(problem);
    exception
        .getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }

  private static String detail(WebApplicationException exception, ProblemLanguage language) {
    if (exception instanceof NotFoundException) {
      return language.text(
          "problem.detail.noAddress",
          "There is nothing at this address. The API is described at /openapi.");
    } else if (exception instanceof NotAllowedException) {
      return language.text(
          "problem.detail.method",
          "This address does not take that HTTP method; see the Allow header.");
    } else if (exception instanceof NotSupportedException) {
      return language.text(
          "problem.detail.mediaType",
          "This address does not take a body of that media type: JSON endpoints take"
              + " application/json, imports text/csv (see /openapi).");
    } else if (exception instanceof ForbiddenException) {
      return language.text("problem.detail.forbidden", "Your role may not do this.");
    }
    // the runtime's own messages name its classes; a problem never does
    return language.text("problem.detail.generic", "The request could not be processed as sent.");
  }
}
