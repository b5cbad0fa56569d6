package org.confederatio.failure;

/** The thing asked for does not exist (or is not visible to the caller). */
public class NotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  public NotFound(String what, Object id) {
    super("No " + what + " '" + id + "' exists.");
  }

  @Override
  public String title() {
    return "Not found";
  }
}
