package org.confederatio.rules.api.canton;

import java.util.regex.Pattern;
import org.confederatio.rules.api.notation.Notation;

/**
 * The id of a person in the residence register, as the canton's register gives it: 1 to 36 letters,
 * digits and '-' (a UUID fits), starting with a letter or digit. Ids compare in binary order, as
 * the code that merges ordered streams of them expects.
 */
public record PersonId(String value) implements Comparable<PersonId> {

  /** The longest id a register may give. */
  public static final int MAX_LENGTH = 36;

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,35}");

  public PersonId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "a person's id is 1 to 36 letters, digits and '-', not '"
              + Notation.cut(String.valueOf(value))
              + "'");
    }
  }

  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
