package org.confederatio.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Passwords;
import org.confederatio.failure.Invalid;

/**
 * A caller changes their own password, from the API or the page. A wrong current password counts as
 * a failed sign-in (else the form would let a borrowed session guess it freely), and a change drops
 * the account's cached credentials at once, so the old password stops working on the spot.
 */
@ApplicationScoped
public class PasswordChanges {

  @Inject private Passwords passwords;
  @Inject private SignInThrottle throttle;
  @Inject private CredentialCache cache;

  /**
   * Changes the password, or says how long the caller must wait first; refuses wrong fields with
   * {@link Invalid}.
   */
  public Optional<Duration> change(
      Caller caller, String address, String current, String replacement) {
    Optional<Duration> wait = throttle.refusal(caller.username(), address);
    if (wait.isPresent()) {
      return wait;
    }
    try {
      passwords.change(caller, current, replacement);
    } catch (Invalid invalid) {
      if (invalid.violations().stream().anyMatch(v -> v.field().equals("current"))) {
        throttle.failed(caller.username(), address);
      }
      throw invalid;
    }
    cache.forget(caller.username());
    return Optional.empty();
  }
}
