package org.confederatio.failure;

/**
 * The caller is authenticated but may not do this: wrong role, or another canton's or
 * organization's data.
 */
public class AccessRefused extends Refusal {

  private static final long serialVersionUID = 1L;

  public AccessRefused(String message) {
    super(message);
  }

  @Override
  public String title() {
    return "Access refused";
  }
}
