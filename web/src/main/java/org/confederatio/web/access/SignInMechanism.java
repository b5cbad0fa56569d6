package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.confederatio.web.problem.Problem;

/**
 * Form sign-in for pages and HTTP Basic for {@code /api}. Jakarta Security 3 allows one mechanism
 * per application, so this one looks at the request: credentials from the sign-in form (passed by
 * {@link SignInForm} through {@code SecurityContext.authenticate}), a Basic header, or neither. A
 * protected page without a session redirects to the sign-in page; a protected API call gets a 401
 * problem with a Basic challenge.
 */
@ApplicationScoped
@AutoApplySession
public class SignInMechanism implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return signIn(submitted, response, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(authorization.substring(6).strip(), request, response, context);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(
          request, response, "Send your username and password with HTTP Basic authentication.");
    }
    return context.redirect(
        request.getContextPath() + SIGN_IN_PAGE + "?next=" + originalTarget(request));
  }

  private AuthenticationStatus signIn(
      Credential credential, HttpServletResponse response, HttpMessageContext context) {
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    // the form page renders itself again with a message; the status tells clients it was refused
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    return AuthenticationStatus.SEND_FAILURE;
  }

  private AuthenticationStatus basic(
      String encoded,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(request, response, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(request, response, "The Authorization header must hold username:password.");
    }
    CredentialValidationResult result =
        identities.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return challenge(request, response, "Wrong username or password.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private static AuthenticationStatus challenge(
      HttpServletRequest request, HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Confederatio\", charset=\"UTF-8\"");
    try {
      Problem.write(response, new Problem("Not signed in", 401, detail, request.getRequestURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
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
