package org.confederatio.failure;

/**
 * The request is well-formed but clashes with what is already recorded (a duplicate, an overlap,
 * ...).
 */
public class Conflict extends Refusal {

  private static final long serialVersionUID = 1L;

  public Conflict(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
