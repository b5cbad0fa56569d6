package org.confederatio.web.boundary;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Set;
import org.confederatio.web.problem.Problem;

/**
 * An API method that takes no body (stop, restart, suspension, ...) accepts a request with no body,
 * or an empty one declared as JSON, and refuses anything else with 415: a page of another site can
 * send a form or {@code text/plain} without asking, never JSON. Methods that take a body declare
 * its media type with {@code @Consumes}, which Jakarta REST enforces itself.
 */
@Provider
public class BodilessRequests implements ContainerRequestFilter {

  private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS");

  /** The annotations that take a parameter from somewhere else than the body. */
  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class,
          Suspended.class);

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    Method method = resource.getResourceMethod();
    if (method == null || WITHOUT_BODY.contains(request.getMethod()) || takesBody(method)) {
      return;
    }
    MediaType type = request.getMediaType();
    boolean declaredAsJson =
        type == null
            || ("application".equalsIgnoreCase(type.getType())
                && "json".equalsIgnoreCase(type.getSubtype()));
    if (!declaredAsJson || request.getEntityStream().read() != -1) {
      request.abortWith(
          new Problem(
                  "Unsupported Media Type",
                  415,
                  "This address takes no request body: send none.",
                  request.getUriInfo().getRequestUri().getPath())
              .toResponse());
    }
  }

  /** Whether one of the method's parameters is the request body. */
  static boolean takesBody(Method method) {
    for (Parameter parameter : method.getParameters()) {
      if (Arrays.stream(parameter.getAnnotations())
          .noneMatch(a -> NOT_THE_BODY.contains(a.annotationType()))) {
        return true;
      }
    }
    return false;
  }
}
