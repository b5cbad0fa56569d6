package org.confederatio.rules.api.notation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.confederatio.rules.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotationTest {

  @Test
  void aWholeNumberIsReadAsWritten() {
    assertEquals(10_000, Notation.integer("10000", 0, 10_000));
    assertEquals(-12, Notation.integer("-12", -100, 100));
    assertEquals(7, Notation.integer("007", 0, 10));
    assertEquals(Long.MAX_VALUE, Notation.integer("9223372036854775807", 0, Long.MAX_VALUE));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4294977296", // 2^32 + 10000: would wrap to 10000 in an int
        "2147483648", // would become negative
        "99999999999999999999999",
        "-2147483649"
      })
  void aWholeNumberOutOfRangeIsRefusedNotWrapped(String text) {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Notation.integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertTrue(error.getMessage().startsWith("must be a whole number from"), error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10000.5", "10000.0", "1e3", "1E3", "+5", " 5", "5 ", "١٠٠", "٣", "1,000", "0x10", ""
      })
  void anythingElseIsNotAWholeNumber(String text) {
    assertThrows(IllegalArgumentException.class, () -> Notation.integer(text, 0, 1_000_000));
  }

  @Test
  void aDecimalKeepsItsPlacesUpToTheScale() {
    assertEquals(new BigDecimal("0.012345"), Notation.decimal("0.012345", 6));
    assertEquals(new BigDecimal("-12.50"), Notation.decimal("-12.50", 2));
    assertEquals(new BigDecimal("3"), Notation.decimal("3", 2));
  }

  @Test
  void moreDecimalPlacesThanKeptAreRefusedNotRounded() {
    var error =
        assertThrows(
            IllegalArgumentException.class,
            () -> Notation.decimal("0.012345678901234567890123456789", 6));
    assertTrue(error.getMessage().contains("at most 6"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Notation.decimal("0.0080000", 6));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "1E-3", "+1", ".5", "5.", "١٢٣", "1 000", "1,5", "NaN", "0x1"})
  void aDecimalIsDigitsAndAPointOnly(String text) {
    assertThrows(IllegalArgumentException.class, () -> Notation.decimal(text, 6));
    assertFalse(Notation.isPlainNumber(text));
  }

  @Test
  void aDateIsADayOfTheCalendar() {
    assertEquals(LocalDate.of(2024, 2, 29), Notation.date("2024-02-29"));
    var error = assertThrows(IllegalArgumentException.class, () -> Notation.date("2026-02-30"));
    assertEquals("'2026-02-30' is not a day of the calendar", error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-2-3",
        "+12026-01-01",
        "26-01-01",
        "2026/01/01",
        "٢٠٢٦-٠١-٠١",
        "2026-01-01T00:00"
      })
  void aDateIsWrittenYearMonthDay(String text) {
    assertThrows(IllegalArgumentException.class, () -> Notation.date(text));
  }

  @Test
  void aLongValueIsQuotedCut() {
    String huge = "x".repeat(5000);
    var error = assertThrows(IllegalArgumentException.class, () -> Notation.date(huge));
    assertTrue(error.getMessage().length() < 100, error.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "١٢٣", "12.345", "12.340", "-1.00", "+5"})
  void moneyIsTwoDecimalPlacesAtMostAndNeverNegative(String text) {
    assertThrows(IllegalArgumentException.class, () -> Money.parse(text));
  }

  @Test
  void moneyIsExactCents() {
    assertEquals(123456, Money.parse(" 1234.56 ").cents());
    assertEquals(700, Money.parse("7").cents());
    assertEquals(50, Money.parse("0.5").cents());
  }
}
