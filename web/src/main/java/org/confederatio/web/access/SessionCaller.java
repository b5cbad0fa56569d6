package org.confederatio.web.access;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the form, kept in their HTTP session. Only the sign-in form starts one:
 * HTTP Basic calls create no session and no cookie, so a browser that once called the API does not
 * carry its authority around.
 */
record SessionCaller(String name, Set<String> groups) implements Serializable {

  private static final String ATTRIBUTE = "confederatio.signedIn";

  /** The caller signed in on this request's session, or null. */
  static SessionCaller of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller
        ? caller
        : null;
  }

  /**
   * Binds the caller to the session under a new session id: an id handed out before the sign-in
   * (e.g. planted by someone else) never becomes a signed-in one.
   */
  static void start(HttpServletRequest request, CredentialValidationResult result) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            ATTRIBUTE,
            new SessionCaller(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
  }
}
