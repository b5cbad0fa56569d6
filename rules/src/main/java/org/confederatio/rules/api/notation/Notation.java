package org.confederatio.rules.api.notation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads a whole number, a decimal or a date as the confederation writes them, and refuses anything
 * else with a message that says what is expected. Each method throws {@link
 * IllegalArgumentException}; the caller names the field.
 *
 * <p>The forms are checked character by character rather than with regular expressions: the
 * command-line tool and the imports read millions of them.
 */
public final class Notation {

  /** Longer than this, a whole number is out of any range we keep (a long has 19 digits). */
  private static final int MAX_DIGITS = 19;

  private Notation() {}

  /** Whether {@code text} is a plain decimal number: {@code 12}, {@code -12.50}, nothing else. */
  public static boolean isPlainNumber(String text) {
    return text != null && isDecimal(text);
  }

  /** A whole number between {@code min} and {@code max}, written with the digits 0-9. */
  public static long integer(String text, long min, long max) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("is required: a whole number");
    }
    if (!isInteger(text)) {
      throw new IllegalArgumentException(
          "must be a whole number written with the digits 0-9, not '" + cut(text) + "'");
    }
    boolean negative = text.charAt(0) == '-';
    int first = negative ? 1 : 0;
    while (first < text.length() - 1 && text.charAt(first) == '0') {
      first++; // leading zeros are not significant
    }
    if (text.length() - first > MAX_DIGITS) {
      throw outOfRange(min, max);
    }
    long value;
    try {
      value = Long.parseLong(negative ? "-" + text.substring(first) : text.substring(first));
    } catch (NumberFormatException e) {
      throw outOfRange(min, max);
    }
    if (value < min || value > max) {
      throw outOfRange(min, max);
    }
    return value;
  }

  /** A whole number within {@code int}'s range and {@code min..max}. */
  public static int integer(String text, int min, int max) {
    return (int) integer(text, (long) min, (long) max);
  }

  /**
   * A decimal with at most {@code maxScale} decimal places, as written (a trailing zero is a place
   * too): {@code 0.008}, {@code 1234.56}, {@code -3}. More places are refused, never rounded.
   */
  public static BigDecimal decimal(String text, int maxScale) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("is required: a decimal number such as 1234.56");
    }
    if (!isDecimal(text) || text.length() > 40) {
      throw new IllegalArgumentException(
          "must be a decimal number written with the digits 0-9 and a point, such as 1234.56, not '"
              + cut(text)
              + "'");
    }
    BigDecimal value = new BigDecimal(text);
    if (value.scale() > maxScale) {
      throw new IllegalArgumentException(
          maxScale == 0
              ? "must be a whole number, not '" + cut(text) + "'"
              : "has "
                  + value.scale()
                  + " decimal places; at most "
                  + maxScale
                  + " are kept, and more are refused rather than rounded");
    }
    return value;
  }

  /** A day of the calendar as {@code YYYY-MM-DD}: {@code 2026-02-30} is refused, not moved. */
  public static LocalDate date(String text) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("is required: a date as YYYY-MM-DD");
    }
    if (text.length() != 10
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || digits(text, 0, 4) < 0
        || digits(text, 5, 7) < 0
        || digits(text, 8, 10) < 0) {
      throw new IllegalArgumentException("must be a date as YYYY-MM-DD, not '" + cut(text) + "'");
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a day of the calendar");
    }
  }

  /** {@code -?[0-9]+}. */
  private static boolean isInteger(String text) {
    int from = text.startsWith("-") ? 1 : 0;
    return text.length() > from && digits(text, from, text.length()) >= 0;
  }

  /** {@code -?[0-9]+(\\.[0-9]+)?}. */
  private static boolean isDecimal(String text) {
    int point = text.indexOf('.');
    return point < 0
        ? isInteger(text)
        : isInteger(text.substring(0, point))
            && point + 1 < text.length()
            && digits(text, point + 1, text.length()) >= 0;
  }

  /**
   * The number the digits 0-9 from {@code from} to {@code to} write (at most 9 of them), or -1 if
   * any other character is there; for longer runs only whether it is -1 counts.
   */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0'); // overflows harmlessly past 9 digits: only -1 is read then
    }
    return value & Integer.MAX_VALUE;
  }

  /** A value quoted in a message, cut so that a 5,000-character input is not echoed whole. */
  public static String cut(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static IllegalArgumentException outOfRange(long min, long max) {
    return new IllegalArgumentException("must be a whole number from " + min + " to " + max);
  }
}
