package org.confederatio.failure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Collects every wrong field of a request before refusing it, so the user fixes all at once. */
public final class Violations {

  private final List<Invalid.Violation> found = new ArrayList<>();

  public Violations check(boolean ok, String field, String message) {
    if (!ok) {
      found.add(new Invalid.Violation(field, message));
    }
    return this;
  }

  /**
   * Records the message of the value type's own validation, if building the value fails. A missing
   * value ({@code NullPointerException}) is "required", whatever the exception says: its message
   * would name Java code, which a problem never shows.
   */
  public <T> T parse(String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (NullPointerException e) {
      found.add(new Invalid.Violation(field, "is required"));
      return null;
    } catch (IllegalArgumentException e) {
      found.add(
          new Invalid.Violation(field, e.getMessage() == null ? "is required" : e.getMessage()));
      return null;
    }
  }

  /**
   * A text that fits the column that keeps it: longer is refused, never cut. Lengths count UTF-16
   * units, which is at least the characters Derby's and PostgreSQL's {@code VARCHAR} count.
   */
  public Violations text(String field, String value, int max) {
    return check(
        value == null || value.length() <= max,
        field,
        "is at most " + max + " characters long, not " + (value == null ? 0 : value.length()));
  }

  /** The same, and required (not blank). */
  public Violations requiredText(String field, String value, int max) {
    check(value != null && !value.isBlank(), field, "is required");
    return text(field, value, max);
  }

  /** One of an enumeration's constants, by its exact name; the message lists the others. */
  public <E extends Enum<E>> E oneOf(String field, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      found.add(new Invalid.Violation(field, "is required: one of " + names(type)));
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    found.add(
        new Invalid.Violation(field, "is one of " + names(type) + ", not '" + cut(value) + "'"));
    return null;
  }

  /** Parses a single value, refusing the request at once if it is malformed. */
  public static <T> T parseOrRefuse(String field, Supplier<T> parser) {
    Violations violations = new Violations();
    T value = violations.parse(field, parser);
    violations.throwIfAny();
    return value;
  }

  public boolean any() {
    return !found.isEmpty();
  }

  /** What was found so far, for a caller that locates the violations (a file's line). */
  public List<Invalid.Violation> list() {
    return List.copyOf(found);
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new Invalid(found);
    }
  }

  /** A value quoted in a message, cut so that a 5,000-character input is not echoed whole. */
  public static String cut(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
