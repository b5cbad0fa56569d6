package org.confederatio.web.access;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.confederatio.web.home.Navigation;
import org.confederatio.web.language.Messages;

/** The sign-in and sign-out actions of the pages. */
@Named
@RequestScoped
public class SignInForm {

  @Inject private SecurityContext security;
  @Inject private FacesContext faces;
  @Inject private Navigation navigation;
  @Inject private Messages messages;

  private String username;
  private String password;
  private String next;

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SUCCESS -> external.redirect(external.getRequestContextPath() + landing());
      case SEND_CONTINUE -> faces.responseComplete();
      default ->
          faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(), null));
    }
  }

  /** Why the sign-in failed: wrong credentials, or too many failures (with how long to wait). */
  private String refusal() {
    Object wait =
        ((HttpServletRequest) faces.getExternalContext().getRequest())
            .getAttribute(SignInMechanism.RETRY_AFTER);
    if (wait instanceof Long seconds) {
      return waitMessage(messages, seconds);
    }
    return messages.get("signIn.failed");
  }

  /** "Try again in ..." in seconds, or in minutes once that reads better. */
  static String waitMessage(Messages messages, long seconds) {
    return seconds < 120
        ? messages.format("signIn.throttled.seconds", seconds)
        : messages.format("signIn.throttled.minutes", (seconds + 59) / 60);
  }

  public void signOut() throws IOException, ServletException {
    ExternalContext external = faces.getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + SignInMechanism.SIGN_IN_PAGE);
  }

  /** Back to the page the person first asked for, if it is a page of ours; else their home. */
  private String landing() {
    boolean local =
        next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && !next.contains("\\")
            && !next.startsWith("/api");
    return local ? next : navigation.homeOf(security);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
