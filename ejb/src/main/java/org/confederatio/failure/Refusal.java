package org.confederatio.failure;

import jakarta.ejb.ApplicationException;

/**
 * A request the application refuses with a message a person can act on. Rolls back the transaction
 * it is thrown in, so nothing of the refused request is kept.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected Refusal(String message) {
    super(message);
  }

  /** A short, stable title for the kind of refusal (the problem's {@code title}). */
  public abstract String title();
}
