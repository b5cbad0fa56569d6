package org.confederatio.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.confederatio.failure.AccessRefused;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.junit.jupiter.api.Test;

class CallerTest {

  private static final CantonCode LAC = CantonCode.of("LAC");
  private static final CantonCode MON = CantonCode.of("MON");

  private final Caller clerkOfLacus =
      new Caller(
          "clerk", Role.CLERK, "Clara", Optional.of(LAC), Optional.empty(), Optional.empty());
  private final Caller admin =
      new Caller("admin", Role.ADMIN, "Ada", Optional.empty(), Optional.empty(), Optional.empty());
  private final Caller oceans =
      new Caller(
          "f",
          Role.FOUNDATION,
          "Olga",
          Optional.empty(),
          Optional.of(OrganizationId.of("ocean-care")),
          Optional.empty());

  @Test
  void draftsAreSeenByTheCantonsClerksAndPolicyOfficersAndTheAdminOnly() {
    Caller policyOfLacus =
        new Caller(
            "policy", Role.POLICY, "Pia", Optional.of(LAC), Optional.empty(), Optional.empty());
    Caller citizen =
        new Caller(
            "citizen", Role.CITIZEN, "Cy", Optional.empty(), Optional.empty(), Optional.of("P-1"));

    assertEquals(true, clerkOfLacus.seesDraftsOf(LAC));
    assertEquals(true, policyOfLacus.seesDraftsOf(LAC));
    assertEquals(true, admin.seesDraftsOf(MON));
    assertEquals(false, clerkOfLacus.seesDraftsOf(MON));
    assertEquals(false, policyOfLacus.seesDraftsOf(MON));
    assertEquals(false, oceans.seesDraftsOf(LAC));
    assertEquals(false, citizen.seesDraftsOf(LAC));
  }

  @Test
  void aClerkActsForTheirOwnCanton() {
    assertSame(clerkOfLacus, clerkOfLacus.requireCanton(LAC, Role.CLERK));
  }

  @Test
  void aClerkIsRefusedAnotherCanton() {
    var error =
        assertThrows(AccessRefused.class, () -> clerkOfLacus.requireCanton(MON, Role.CLERK));
    assertEquals("You act for canton LAC and may not act for canton MON.", error.getMessage());
  }

  @Test
  void theWrongRoleIsRefusedEvenForTheRightCanton() {
    var error =
        assertThrows(AccessRefused.class, () -> clerkOfLacus.requireCanton(LAC, Role.POLICY));
    assertEquals("This needs the role policy; you are signed in as clerk.", error.getMessage());
  }

  @Test
  void anAdminActsForEveryCanton() {
    assertSame(admin, admin.requireCanton(MON, Role.ADMIN, Role.CLERK));
  }

  @Test
  void aFoundationSeesOnlyItsOwnOrganization() {
    assertSame(oceans, oceans.requireOrganization(OrganizationId.of("ocean-care")));
    assertThrows(
        AccessRefused.class,
        () -> oceans.requireOrganization(OrganizationId.of("commons-of-code")));
  }
}
