package org.confederatio.failure;

import java.util.List;

/** The input is wrong; every wrong field is named with what is wrong about it. */
public class Invalid extends Refusal {

  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  public Invalid(List<Violation> violations) {
    super(summary(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an Invalid refusal names at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  public Invalid(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  private static String summary(List<Violation> violations) {
    return violations.size() == 1
        ? violations.get(0).field() + ": " + violations.get(0).message()
        : violations.size() + " fields are invalid; see 'violations'.";
  }

  /** One wrong field: its name (or a path such as {@code line 4, column tax}) and what is wrong. */
  public record Violation(String field, String message) implements java.io.Serializable {}
}
