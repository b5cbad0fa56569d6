package org.confederatio.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.confederatio.failure.AccessRefused;

/** Turns the container's authenticated principal into a {@link Caller} with its stored binding. */
@ApplicationScoped
public class Callers {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private SecurityContext security;

  /** The caller of the current request; refuses an anonymous one. */
  public Caller current() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      throw new AccessRefused("Sign in first.");
    }
    return byUsername(principal.getName());
  }

  public Caller byUsername(String username) {
    Account account = em.find(Account.class, username);
    if (account == null) {
      throw new AccessRefused("The account '" + username + "' no longer exists.");
    }
    return account.asCaller();
  }
}
