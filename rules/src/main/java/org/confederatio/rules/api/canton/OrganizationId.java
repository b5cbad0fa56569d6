package org.confederatio.rules.api.canton;

import java.util.regex.Pattern;
import org.confederatio.rules.api.notation.Notation;

/**
 * The id of a transnational organization: a lower-case slug such as {@code linux-foundation}. The
 * word {@code canton} is reserved for the canton itself as a recipient and is never an
 * organization.
 */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

  private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  public OrganizationId {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an organization id is 1 to 64 characters a-z, 0-9 and '-', starting with a letter or digit, not '"
              + Notation.cut(String.valueOf(value))
              + "'");
    }
    if (value.equals("canton")) {
      throw new IllegalArgumentException("'canton' is reserved for the canton itself");
    }
  }

  public static OrganizationId of(String value) {
    return new OrganizationId(value);
  }

  @Override
  public int compareTo(OrganizationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
