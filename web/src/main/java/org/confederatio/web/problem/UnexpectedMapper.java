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
import org.confederatio.failure.ConcurrentWrite;

/**
 * Anything else is our fault: log it under an id the caller can quote, and reveal nothing inside.
 * Except a database too busy to take a write at that moment (a lock waited for in vain, a
 * deadlock): its transaction was rolled back whole and the same request may pass a moment later, so
 * the caller is told so (503 with Retry-After), not given an incident to report.
 */
@Provider
public class UnexpectedMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());

  /** A lock wait lasts seconds at most: by then the writes it waited behind have ended. */
  static final int RETRY_AFTER_SECONDS = 1;

  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Throwable exception) {
    ProblemLanguage language = ProblemLanguage.of(headers);
    if (ConcurrentWrite.busyIn(exception)) {
      LOG.log(Level.WARNING, "the database was busy; the request was refused with 503", exception);
      return Response.fromResponse(
              new Problem(
                      language.text("problem.status.503", "Busy"),
                      503,
                      language.text(
                          "problem.detail.busy",
                          "The database was busy with other changes at that moment; nothing was"
                              + " changed. Send the same request again in a moment."),
                      uri.getRequestUri().getPath())
                  .toResponse())
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident, exception);
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
