package org.confederatio.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: log it under an id the caller can quote, and reveal nothing inside.
 */
@Provider
public class UnexpectedMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, exception);
    ProblemLanguage language = ProblemLanguage.of(headers);
    return new Problem(
            language.text("problem.status.500", "Internal error"),
            500,
            language.text(
                "problem.detail.unexpected",
                "Something went wrong on our side; nothing was changed. Quote incident "
                    + incident
                    + " when you report it.",
                incident),
            uri.getRequestUri().getPath())
        .toResponse();
  }
}
