package org.confederatio.web.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.confederatio.failure.Invalid;

/**
 * An RFC 9457 problem document; {@code violations} lists the wrong fields of an invalid request
 * (the first {@value Invalid#SHOWN}) and {@code totalViolations} how many there are in all.
 */
@JsonbPropertyOrder({
  "type",
  "title",
  "status",
  "detail",
  "instance",
  "violations",
  "totalViolations"
})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Invalid.Violation> violations,
    Integer totalViolations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final Jsonb JSON = JsonbBuilder.create();

  public Problem(String title, int status, String detail, String instance) {
    this("about:blank", title, status, detail, instance, null, null);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(JSON.toJson(this)).build();
  }

  /** For the places outside Jakarta REST (the authentication mechanism). */
  public static void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.toJson(problem));
  }
}
