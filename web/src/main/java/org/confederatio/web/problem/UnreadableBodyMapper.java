package org.confederatio.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint takes. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException exception) {
    ProblemLanguage language = ProblemLanguage.of(headers);
    return new Problem(
            language.text("problem.title.unreadable", "Unreadable body"),
            400,
            // JSON-B's message names Java types; the body's fields are checked (and named) before
            // it is bound, by StrictJson, so this is a last fence
            language.text(
                "problem.detail.unreadable",
                "The request body is not JSON this endpoint can read; see /openapi for its fields."),
            uri.getRequestUri().getPath())
        .toResponse();
  }
}
