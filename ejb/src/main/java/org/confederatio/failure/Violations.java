package org.confederatio.failure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every wrong field of a request before refusing it, so the user fixes all at once. */
public final class Violations {

  private final List<Invalid.Violation> found = new ArrayList<>();

  public Violations check(boolean ok, String field, String message) {
    if (!ok) {
      found.add(new Invalid.Violation(field, message));
    }
    return this;
  }

  /** Records the message of the value type's own validation, if building the value fails. */
  public <T> T parse(String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      found.add(
          new Invalid.Violation(field, e.getMessage() == null ? "is required" : e.getMessage()));
      return null;
    }
  }

  /** Parses a single value, refusing the request at once if it is malformed. */
  public static <T> T parseOrRefuse(String field, Supplier<T> parser) {
    Violations violations = new Violations();
    T value = violations.parse(field, parser);
    violations.throwIfAny();
    return value;
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new Invalid(found);
    }
  }
}
