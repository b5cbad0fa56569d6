package org.confederatio.web.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * No ambient authority on the API: a call that may change something (any method but GET and HEAD)
 * carries its own Authorization header, whatever cookies come with it. {@link SignInMechanism}
 * already answers such a call to a protected address; this filter refuses it the same way (401 with
 * a Basic challenge) on the few addresses open to anonymous readers (a published run, a digest),
 * before any resource sees it.
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
    // 401 with the Basic challenge, as the mechanism answers on a protected address: the call
    // carries no credentials this method accepts, so the caller is not signed in for it
    Answers.challenge(request, response, detail);
  }
}
