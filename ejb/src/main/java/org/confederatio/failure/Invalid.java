package org.confederatio.failure;

import java.util.List;

/**
 * The input is wrong; every wrong field is named with what is wrong about it. However many fields
 * are wrong, a refusal keeps the first {@value #SHOWN} and the total, so that a file of a hundred
 * thousand bad rows is answered in a page, not in megabytes.
 */
public class Invalid extends Refusal {

  private static final long serialVersionUID = 1L;

  /** How many violations a refusal lists; the rest are only counted. */
  public static final int SHOWN = 100;

  private final List<Violation> violations;
  private final int total;

  public Invalid(List<Violation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an Invalid refusal names at least one violation");
    }
    this.violations = List.copyOf(violations.subList(0, Math.min(SHOWN, violations.size())));
    this.total = violations.size();
  }

  public Invalid(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  /** The first {@value #SHOWN} violations, in the order they were found. */
  public List<Violation> violations() {
    return violations;
  }

  /** How many violations were found, listed or not. */
  public int total() {
    return total;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  private static String summary(List<Violation> violations) {
    int n = violations.size();
    if (n == 1) {
      return violations.get(0).field() + ": " + violations.get(0).message();
    }
    return n > SHOWN
        ? n + " fields are invalid; 'violations' lists the first " + SHOWN + "."
        : n + " fields are invalid; see 'violations'.";
  }

  /** One wrong field: its name (or a path such as {@code line 4, column tax}) and what is wrong. */
  public record Violation(String field, String message) implements java.io.Serializable {}
}
