package org.confederatio.rules.api.notation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads a whole number, a decimal or a date as the confederation writes them, and refuses anything
 * else with a message that says what is expected. Each method throws {@link
 * IllegalArgumentException}; the caller names the field.
 */
public final class Notation {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Longer than this, a whole number is out of any range we keep (a long has 19 digits). */
  private static final int MAX_DIGITS = 19;

  private Notation() {}

  /** Whether {@code text} is a plain decimal number: {@code 12}, {@code -12.50}, nothing else. */
  public static boolean isPlainNumber(String text) {
    return text != null && DECIMAL.matcher(text).matches();
  }

  /** A whole number between {@code min} and {@code max}, written with the digits 0-9. */
  public static long integer(String text, long min, long max) {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("is required: a whole number");
    }
    if (!INTEGER.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "must be a whole number written with the digits 0-9, not '" + cut(text) + "'");
    }
    String digits = text.startsWith("-") ? text.substring(1) : text;
    String significant = digits.replaceFirst("^0+(?=.)", "");
    if (significant.length() > MAX_DIGITS) {
      throw outOfRange(min, max);
    }
    long value;
    try {
      value = Long.parseLong(text.startsWith("-") ? "-" + significant : significant);
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
    if (!DECIMAL.matcher(text).matches() || text.length() > 40) {
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
    if (!DATE.matcher(text).matches()) {
      throw new IllegalArgumentException("must be a date as YYYY-MM-DD, not '" + cut(text) + "'");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)),
          Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + text + "' is not a day of the calendar");
    }
  }

  /** A value quoted in a message, cut so that a 5,000-character input is not echoed whole. */
  public static String cut(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  private static IllegalArgumentException outOfRange(long min, long max) {
    return new IllegalArgumentException("must be a whole number from " + min + " to " + max);
  }
}
