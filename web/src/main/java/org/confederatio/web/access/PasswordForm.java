package org.confederatio.web.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.PasswordRule;
import org.confederatio.failure.Invalid;
import org.confederatio.web.language.Messages;

/** The page where anyone signed in changes their own password. */
@Named
@RequestScoped
public class PasswordForm {

  private static final String FORM = "password";

  @Inject private FacesContext faces;
  @Inject private Callers callers;
  @Inject private PasswordChanges changes;
  @Inject private Messages messages;

  private String current;
  private String replacement;
  private String confirmation;

  public void change() {
    if (!Objects.equals(replacement, confirmation)) {
      error(FORM + ":confirmation", messages.get("password.confirmation.differs"));
      return;
    }
    Caller caller = callers.current();
    String address = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
    try {
      Optional<Duration> wait = changes.change(caller, address, current, replacement);
      if (wait.isPresent()) {
        error(null, SignInForm.waitMessage(messages, Answers.seconds(wait.get())));
        return;
      }
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("password.changed"), null));
    } catch (Invalid invalid) {
      for (Invalid.Violation violation : invalid.violations()) {
        if (violation.field().equals("current")) {
          error(FORM + ":current", messages.get("password.current.wrong"));
        } else {
          error(FORM + ":new", ruleMessage(caller.username()));
        }
      }
    }
  }

  /** The rule the new password breaks, in the reader's language. */
  private String ruleMessage(String username) {
    PasswordRule broken =
        PasswordRule.brokenBy(username, current, replacement).orElse(PasswordRule.TOO_SHORT);
    return messages.format(
        "password.rule." + broken.name(),
        switch (broken) {
          case TOO_SHORT -> PasswordRule.SHORTEST;
          case TOO_LONG -> PasswordRule.LONGEST;
          case TOO_SIMPLE -> PasswordRule.DISTINCT;
          default -> "";
        });
  }

  private void error(String field, String message) {
    faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public int getShortest() {
    return PasswordRule.SHORTEST;
  }

  public int getDistinct() {
    return PasswordRule.DISTINCT;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
