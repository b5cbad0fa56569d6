package org.confederatio.access;

import java.util.Optional;

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for length, not
 * for mixed character classes), not a run of one or two characters, not the username and not the
 * password it replaces. The upper bound keeps a request from making the server hash megabytes.
 */
public enum PasswordRule {
  TOO_SHORT("must be at least " + PasswordRule.SHORTEST + " characters long"),
  TOO_LONG("must be at most " + PasswordRule.LONGEST + " characters long"),
  TOO_SIMPLE("must use at least " + PasswordRule.DISTINCT + " different characters"),
  SAME_AS_USERNAME("must not be your username"),
  UNCHANGED("must differ from your current password");

  public static final int SHORTEST = 12;
  public static final int LONGEST = 128;
  public static final int DISTINCT = 5;

  private final String message;

  PasswordRule(String message) {
    this.message = message;
  }

  /** The refusal's message in English (the API's language); pages translate the rule instead. */
  public String message() {
    return message;
  }

  /** The first rule a new password breaks, if any. Lengths are counted in characters as read. */
  public static Optional<PasswordRule> brokenBy(
      String username, String current, String replacement) {
    if (replacement == null || replacement.codePointCount(0, replacement.length()) < SHORTEST) {
      return Optional.of(TOO_SHORT);
    } else if (replacement.codePointCount(0, replacement.length()) > LONGEST) {
      return Optional.of(TOO_LONG);
    } else if (replacement.codePoints().distinct().count() < DISTINCT) {
      return Optional.of(TOO_SIMPLE);
    } else if (replacement.equalsIgnoreCase(username)) {
      return Optional.of(SAME_AS_USERNAME);
    } else if (replacement.equals(current)) {
      return Optional.of(UNCHANGED);
    }
    return Optional.empty();
  }
}
