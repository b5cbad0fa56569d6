package org.confederatio.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.confederatio.web.problem.Problem;

/**
 * No ambient authority on the API: a call that may change something (any method but GET and HEAD)
 * carries its own Authorization header, whatever cookies come with it. {@link SignInMechanism}
 * already answers such a call to a protected address; this filter refuses it on the few addresses
 * open to anonymous readers (a published run, a digest), before any resource sees it.
 */
@WebFilter("/api/*")
public class ApiCredentials extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Set<String> READS = Set.of("GET", "HEAD");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (READS.contains(request.getMethod()) || request.getHeader("Authorization") != null) {
      chain.doFilter(request, response);
      return;
    }
    String detail =
        request.getRequestedSessionId() != null
            ? Answers.SESSION_NOT_ENOUGH
            : Answers.SIGN_IN_WITH_BASIC;
    Problem.write(response, new Problem("Forbidden", 403, detail, request.getRequestURI()));
  }
}
