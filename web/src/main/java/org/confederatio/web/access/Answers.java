package org.confederatio.web.access;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.confederatio.web.problem.Problem;

/**
 * What the sign-in mechanism answers when it ends a request itself: problem documents for the API,
 * with fixed sentences that name no class and echo nothing the caller sent.
 */
final class Answers {

  static final String SIGN_IN_WITH_BASIC =
      "Send your username and password with HTTP Basic authentication.";
  static final String SESSION_NOT_ENOUGH =
      "A call that may change something needs its own Authorization header (HTTP Basic); the"
          + " session cookie of the sign-in page serves only GET and HEAD requests.";

  private Answers() {}

  /** 401 with a Basic challenge. */
  static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Confederatio\", charset=\"UTF-8\"");
    return problem(request, response, 401, "Not signed in", detail);
  }

  /** 429 with Retry-After: the account or the address is backing off. */
  static AuthenticationStatus throttled(
      HttpServletRequest request, HttpServletResponse response, long seconds) {
    response.setHeader("Retry-After", Long.toString(seconds));
    return problem(
        request,
        response,
        429,
        "Too many sign-in attempts",
        "Too many failed sign-ins for this account or from your address. Try again in "
            + seconds
            + " seconds.");
  }

  static AuthenticationStatus problem(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail) {
    try {
      Problem.write(response, new Problem(title, status, detail, request.getRequestURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** For pages: the container's error page for the status (web.xml), in the reader's language. */
  static AuthenticationStatus error(HttpServletResponse response, int status) {
    try {
      response.sendError(status);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  static String incident(String id) {
    return "Something went wrong on our side; nothing was changed. Quote incident "
        + id
        + " when you report it.";
  }

  /** Whole seconds to wait, rounded up, at least one. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
