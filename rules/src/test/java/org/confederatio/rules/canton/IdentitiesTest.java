package org.confederatio.rules.canton;

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
}
