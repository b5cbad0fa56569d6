package org.confederatio.rules.api.canton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentitiesTest {

  @Test
  void cantonCodeKeepsItsValue() {
    assertEquals("LAC", CantonCode.of("LAC").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "L", "lac", "LAC1", "ABCDEFGHI", " LAC"})
  void malformedCantonCodeIsRefused(String code) {
    var error = assertThrows(IllegalArgumentException.class, () -> CantonCode.of(code));
    assertEquals(
        "a canton code is 2 to 8 capital letters A-Z, not '" + code + "'", error.getMessage());
  }

  @Test
  void organizationIdIsASlug() {
    assertEquals("linux-foundation", OrganizationId.of("linux-foundation").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-x", "Linux", "a b", "é"})
  void malformedOrganizationIdIsRefused(String id) {
    assertThrows(IllegalArgumentException.class, () -> OrganizationId.of(id));
  }

  @Test
  void cantonIsNotAnOrganization() {
    var error = assertThrows(IllegalArgumentException.class, () -> OrganizationId.of("canton"));
    assertEquals("'canton' is reserved for the canton itself", error.getMessage());
  }

  @Test
  void personIdTakesAUuid() {
    assertEquals(
        "123e4567-e89b-12d3-a456-426614174000",
        PersonId.of("123e4567-e89b-12d3-a456-426614174000").value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-x", "a b", "é1", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "p'1"})
  void malformedPersonIdIsRefused(String id) {
    assertThrows(IllegalArgumentException.class, () -> PersonId.of(id));
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 10000, 0, -2026, Integer.MAX_VALUE})
  void fiscalYearHasFourDigitsFrom1900(int year) {
    var error = assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(year));
    assertEquals("a fiscal year has four digits, 1900 to 9999, not " + year, error.getMessage());
  }

  @Test
  void fiscalYearsFollowEachOther() {
    assertEquals(FiscalYear.of(2027), FiscalYear.of(2026).next());
    assertEquals(true, FiscalYear.of(2027).isAfter(FiscalYear.of(2026)));
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(9999).next());
  }
}
