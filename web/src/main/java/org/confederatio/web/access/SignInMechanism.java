package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.confederatio.web.boundary.SecurityHeaders;

/**
 * Form sign-in for pages and HTTP Basic for {@code /api}. Jakarta Security 3 allows one mechanism
 * per application, so this one looks at the request: credentials from the sign-in form (passed by
 * {@link SignInForm} through {@code SecurityContext.authenticate}), an Authorization header, or the
 * session the form started. The session authenticates pages, and only GET and HEAD under {@code
 * /api} (the pages' downloads and progress bars): any other API method needs its own Authorization
 * header, so a page of another site cannot make a signed-in browser change anything. A protected
 * page without a session redirects to the sign-in page; a protected API call gets a 401 problem
 * with a Basic challenge. Every password check passes {@link SignInThrottle} first and {@link
 * CredentialCache} second.
 */
@ApplicationScoped
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/login.xhtml";

  /** Set on a sign-in request refused by the throttle: how many seconds to wait, for the page. */
  static final String RETRY_AFTER = "confederatio.signIn.retryAfter";

  private static final Logger LOG = Logger.getLogger(SignInMechanism.class.getName());
  private static final Set<String> SESSION_METHODS = Set.of("GET", "HEAD");

  @Inject private IdentityStoreHandler identities;
  @Inject private CredentialCache cache;
  @Inject private SignInThrottle throttle;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(request, response);
    try {
      return decide(request, response, context);
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident + " while signing in", e);
      if (isApi(request)) {
        return Answers.problem(
            request, response, 500, "Internal error", Answers.incident(incident));
      }
      return Answers.error(response, 500);
    }
  }

  private AuthenticationStatus decide(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted instanceof UsernamePasswordCredential form) {
      return signIn(form, request, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null) {
      return basic(authorization, request, response, context);
    }
    boolean api = isApi(request);
    boolean changesState = api && !SESSION_METHODS.contains(request.getMethod());
    SessionCaller session = changesState ? null : SessionCaller.of(request);
    if (session != null) {
      return context.notifyContainerAboutLogin(session.name(), session.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing(); // ApiCredentials refuses a state-changing call here
    }
    if (api) {
      boolean cookieOnly = changesState && request.getRequestedSessionId() != null;
      return Answers.challenge(
          request, response, cookieOnly ? Answers.SESSION_NOT_ENOUGH : Answers.SIGN_IN_WITH_BASIC);
    }
    return context.redirect(
        request.getContextPath() + SIGN_IN_PAGE + "?next=" + originalTarget(request));
  }

  private AuthenticationStatus signIn(
      UsernamePasswordCredential form,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    Optional<Duration> wait = throttle.refusal(form.getCaller(), request.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = Answers.seconds(wait.get());
      request.setAttribute(RETRY_AFTER, seconds);
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = check(form, request);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // the form page renders itself again with a message; the status tells clients it was refused
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return AuthenticationStatus.SEND_FAILURE;
    }
    SessionCaller.start(request, result);
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      String authorization,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Answers.challenge(request, response, Answers.SIGN_IN_WITH_BASIC);
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Answers.challenge(request, response, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Answers.challenge(
          request, response, "The Authorization header must hold username:password.");
    }
    var given =
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    Optional<Duration> wait = throttle.refusal(given.getCaller(), request.getRemoteAddr());
    if (wait.isPresent()) {
      return Answers.throttled(request, response, Answers.seconds(wait.get()));
    }
    CredentialValidationResult result = check(given, request);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return Answers.challenge(request, response, "Wrong username or password.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  /** One password check, remembered by the throttle and, when right, by the cache. */
  private CredentialValidationResult check(
      UsernamePasswordCredential given, HttpServletRequest request) {
    CredentialValidationResult result =
        cache.validate(
            given.getCaller(), given.getPasswordAsString(), () -> identities.validate(given));
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      throttle.succeeded(given.getCaller());
    } else {
      throttle.failed(given.getCaller(), request.getRemoteAddr());
    }
    return result;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String originalTarget(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
