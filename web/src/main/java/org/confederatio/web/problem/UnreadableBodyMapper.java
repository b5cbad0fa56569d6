package org.confederatio.web.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON the endpoint takes. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(JsonbException exception) {
    return new Problem(
            "Unreadable body",
            400,
            "The request body is not valid JSON for this endpoint: " + exception.getMessage(),
            uri.getRequestUri().getPath())
        .toResponse();
  }
}
