package org.confederatio.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChoosabilityTest {

  private static final OrganizationId ID = OrganizationId.of("commons");
  private static final CantonCode CANTON = CantonCode.of("ZH");

  private static Organization organization() {
    return new Organization(
        ID, new Organization.Details("Commons", OrganizationKind.PHYLE, null, null, null));
  }

  private static Accreditation accreditedFrom(int from, Integer until) {
    Accreditation a = new Accreditation(ID, CANTON, FiscalYear.of(from));
    if (until != null) {
      a.withdrawAfter(FiscalYear.of(until));
    }
    return a;
  }

  @Test
  @DisplayName("A2 — an organization may be chosen while active and accredited for the year")
  void choosableOnlyWhenRegisteredActiveAndAccredited() {
    var year = FiscalYear.of(2026);
    var accredited = List.of(accreditedFrom(2025, 2026));

    assertEquals(Choosability.CHOOSABLE, Choosability.of(organization(), accredited, year));
    assertEquals(
        Choosability.UNACCREDITED,
        Choosability.of(organization(), accredited, FiscalYear.of(2027)));
    assertEquals(Choosability.UNACCREDITED, Choosability.of(organization(), List.of(), year));
    assertEquals(Choosability.UNREGISTERED, Choosability.of(null, accredited, year));
    Organization suspended = organization();
    suspended.suspend();
    assertEquals(Choosability.SUSPENDED, Choosability.of(suspended, accredited, year));
  }

  @Test
  @DisplayName("A2 — each refusal names the id as given")
  void explanations() {
    assertEquals(
        "'commons' is not accredited in canton ZH for 2026",
        Choosability.UNACCREDITED.explain("commons", CANTON, FiscalYear.of(2026)));
    assertEquals(
        "'x' is suspended and cannot be chosen",
        Choosability.SUSPENDED.explain("x", CANTON, FiscalYear.of(2026)));
  }
}
