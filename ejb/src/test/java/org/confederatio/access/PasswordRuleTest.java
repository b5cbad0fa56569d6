package org.confederatio.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordRuleTest {

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(
      nullValues = "NULL",
      value = {
        "old password, NULL, TOO_SHORT",
        "old password, elevenchars, TOO_SHORT",
        "old password, twelve chars, OK",
        "old password, aaaaaaaaaaaaaaaa, TOO_SIMPLE",
        "old password, abcdabcdabcdabcd, TOO_SIMPLE",
        "old password, ANA.EXAMPLE.1, SAME_AS_USERNAME",
        "old password long, old password long, UNCHANGED",
        "old password, ñandú ñandú ñandú, OK"
      })
  void theFirstBrokenRuleIsNamed(String current, String replacement, String expected) {
    Optional<PasswordRule> broken = PasswordRule.brokenBy("ana.example.1", current, replacement);

    assertEquals(expected, broken.map(Enum::name).orElse("OK"));
  }

  @ParameterizedTest
  @CsvSource({"128, OK", "129, TOO_LONG", "5000, TOO_LONG"})
  void aPasswordHasAtMost128Characters(int length, String expected) {
    String replacement = "abcdefghij".repeat(600).substring(0, length);

    assertEquals(
        expected, PasswordRule.brokenBy("ana", "old", replacement).map(Enum::name).orElse("OK"));
  }
}
