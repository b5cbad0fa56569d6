package org.confederatio.web.designation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A designation form as typed, read in the words of the person who typed it: percentages, rows. It
 * answers "abc", a third decimal, more than 100 %, a recipient chosen twice or shares that do not
 * add up to 100 % on the row and field at fault, before the service is asked. The service checks A2
 * again and stays the authority; this only spares a citizen its basis points.
 */
final class SplitCheck {

  /** The part of a row at fault. */
  enum Field {
    RECIPIENT,
    PERCENT
  }

  /**
   * What is wrong, where: the row as the form shows it (0-based, blank rows counted), its field,
   * and the bundle key of the sentence with its arguments.
   */
  record Problem(int row, Field field, String key, Object... arguments) {}

  /** Digits with an optional decimal point or comma; a trailing percent sign is allowed. */
  private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private SplitCheck() {}

  /** Every problem of the rows; none when the service may be asked. */
  static List<Problem> check(List<ShareRow> rows) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    int last = -1;
    for (int i = 0; i < rows.size(); i++) {
      ShareRow row = rows.get(i);
      if (row.isBlank()) {
        continue;
      }
      last = i;
      String recipient = row.getRecipient() == null ? "" : row.getRecipient().strip();
      if (recipient.isEmpty()) {
        problems.add(new Problem(i, Field.RECIPIENT, "designation.error.recipientMissing"));
      } else if (seen.putIfAbsent(recipient, i) != null) {
        problems.add(
            new Problem(
                i, Field.RECIPIENT, "designation.error.recipientTwice", seen.get(recipient) + 1));
      }
      Problem percent = percentProblem(i, row.getPercent());
      if (percent != null) {
        problems.add(percent);
      } else {
        sum = sum.add(percent(row.getPercent()));
      }
    }
    if (last < 0) {
      problems.add(new Problem(0, Field.RECIPIENT, "designation.error.none"));
    } else if (problems.isEmpty() && sum.compareTo(HUNDRED) != 0) {
      problems.add(new Problem(last, Field.PERCENT, "designation.error.sum", sum));
    }
    return problems;
  }

  private static Problem percentProblem(int row, String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      return new Problem(row, Field.PERCENT, "designation.error.percentMissing");
    }
    String number = withoutSign(text);
    if (!NUMBER.matcher(number).matches()) {
      return new Problem(row, Field.PERCENT, "designation.error.percentNotANumber", text);
    }
    BigDecimal value = percent(text);
    if (value.scale() > 2) {
      return new Problem(row, Field.PERCENT, "designation.error.percentDecimals", text);
    }
    if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
      return new Problem(row, Field.PERCENT, "designation.error.percentRange", text);
    }
    return null;
  }

  private static String withoutSign(String text) {
    String stripped = text.strip();
    return stripped.endsWith("%") ? stripped.substring(0, stripped.length() - 1).strip() : stripped;
  }

  /** A well-written percentage as a number: {@code 33,5 %} is 33.5. */
  static BigDecimal percent(String typed) {
    return new BigDecimal(withoutSign(typed).replace(',', '.'));
  }
}
