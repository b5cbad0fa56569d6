package org.confederatio.rules.api.canton;

import java.util.regex.Pattern;
import org.confederatio.rules.api.notation.Notation;

/**
 * The code of a canton, two to eight capital letters (e.g. {@code LAC}); the canton's identity
 * everywhere.
 */
public record CantonCode(String value) implements Comparable<CantonCode> {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{2,8}");

  public CantonCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a canton code is 2 to 8 capital letters A-Z, not '"
              + Notation.cut(String.valueOf(value))
              + "'");
    }
  }

  public static CantonCode of(String value) {
    return new CantonCode(value);
  }

  @Override
  public int compareTo(CantonCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
