package org.confederatio.web.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SplitCheckTest {

  private static ShareRow row(String recipient, String percent) {
    ShareRow row = new ShareRow();
    row.setRecipient(recipient);
    row.setPercent(percent);
    return row;
  }

  private static SplitCheck.Problem only(ShareRow... rows) {
    List<SplitCheck.Problem> problems = SplitCheck.check(List.of(rows));
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void aSplitOfSixtyFortyWithABlankRowIsFine() {
    assertTrue(
        SplitCheck.check(List.of(row("a", "60"), row("b", "40,00 %"), row("", ""))).isEmpty());
  }

  @Test
  void lettersAreNotANumberOnTheirRowsPercent() {
    SplitCheck.Problem p = only(row("a", "100"), row("b", "abc"));
    assertEquals(1, p.row());
    assertEquals(SplitCheck.Field.PERCENT, p.field());
    assertEquals("designation.error.percentNotANumber", p.key());
  }

  @Test
  void aThirdDecimalIsRefusedNotRounded() {
    assertEquals("designation.error.percentDecimals", only(row("a", "33.333")).key());
  }

  @Test
  void moreThanAHundredOrNothingIsOutOfRange() {
    assertEquals("designation.error.percentRange", only(row("a", "150")).key());
    assertEquals("designation.error.percentRange", only(row("a", "0")).key());
  }

  @Test
  @DisplayName("A2: shares that do not make 100 % are answered on the last row, with their sum")
  void sharesThatDoNotMakeAHundred() {
    SplitCheck.Problem p = only(row("a", "60"), row("b", "39.99"), row("", ""));
    assertEquals(1, p.row());
    assertEquals("designation.error.sum", p.key());
    assertEquals(0, new BigDecimal("99.99").compareTo((BigDecimal) p.arguments()[0]));
  }

  @Test
  void theSameRecipientTwiceIsAnsweredOnTheSecondRecipient() {
    SplitCheck.Problem p = only(row("a", "50"), row("a", "50"));
    assertEquals(1, p.row());
    assertEquals(SplitCheck.Field.RECIPIENT, p.field());
    assertEquals("designation.error.recipientTwice", p.key());
  }

  @Test
  void aShareWithoutRecipientOrAnEmptyFormIsAnswered() {
    assertEquals("designation.error.recipientMissing", only(row("", "100")).key());
    assertEquals("designation.error.percentMissing", only(row("a", "")).key());
    assertEquals("designation.error.none", only(row("", "")).key());
  }
}
