package org.confederatio.web.roll;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confederatio.web.language.Messages;

/**
 * A policy version's label ({@code LAC from 2024}, as the services and the API write it) in the
 * reader's language; a label of another shape is shown as it is.
 */
final class PolicyVersionWords {

  private static final Pattern LABEL = Pattern.compile("(\\S+) from (\\d{4})");

  private PolicyVersionWords() {}

  static String of(String label, Messages messages) {
    if (label == null) {
      return "";
    }
    Matcher m = LABEL.matcher(label);
    return m.matches() ? messages.format("roll.policyVersion", m.group(1), m.group(2)) : label;
  }
}
