package org.confederatio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.confederatio.access.Account;
import org.confederatio.access.Role;
import org.confederatio.canton.Canton;
import org.confederatio.designation.DesignationRecord;
import org.confederatio.organization.Organization;
import org.confederatio.policy.CantonPolicyVersion;
import org.confederatio.policy.PolicyVersionKey;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entities map onto the migrated schema: EclipseLink reads and writes them on Derby. */
class EntitiesTest {

  private final TestDatabase db = new TestDatabase();
  private EntityManagerFactory emf;
  private EntityManager em;

  @BeforeEach
  void open() {
    Migrations.apply(db.dataSource, true);
    emf = db.entityManagerFactory();
    em = emf.createEntityManager();
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  @Test
  void demoOrganizationsReadBackWithTheirKind() {
    Organization commons = em.find(Organization.class, "commons-of-code");

    assertEquals(OrganizationId.of("commons-of-code"), commons.id());
    assertEquals(OrganizationKind.COMMONS_FOUNDATION, commons.summary().kind());
    assertEquals(Organization.Status.ACTIVE, commons.summary().status());
  }

  @Test
  void aCantonRoundTripsWithItsInstant() {
    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    em.getTransaction().begin();
    em.persist(new Canton(CantonCode.of("NOVA"), "Nova", at));
    em.getTransaction().commit();
    em.clear();

    Canton read = em.find(Canton.class, "NOVA");

    assertEquals("Nova", read.name());
    assertEquals(at, read.registeredAt());
  }

  @Test
  void anAccountKeepsItsBinding() {
    em.getTransaction().begin();
    em.persist(new Account("c", "hash", Role.CLERK, "C", CantonCode.of("MON"), null));
    em.getTransaction().commit();
    em.clear();

    var caller = em.find(Account.class, "c").asCaller();

    assertEquals(Role.CLERK, caller.role());
    assertEquals(Optional.of(CantonCode.of("MON")), caller.canton());
    assertTrue(caller.organization().isEmpty());
  }

  @Test
  void anAccountCannotBeBuiltWithTheWrongBinding() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("f", "hash", Role.FOUNDATION, "F", CantonCode.of("MON"), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Account("p", "hash", Role.POLICY, "P", null, null));
    var foundation =
        new Account("f", "hash", Role.FOUNDATION, "F", null, OrganizationId.of("ocean-care"))
            .asCaller();
    assertEquals(Optional.of(OrganizationId.of("ocean-care")), foundation.organization());
    assertEquals(Optional.empty(), foundation.canton());
  }

  @Test
  void demoPolicyVersionsReadBackAsRulesWithTheirRenouncingOrganizations() {
    var version = em.find(CantonPolicyVersion.class, new PolicyVersionKey("LAC", 2024));

    var rules = version.toRules();
    assertEquals(new java.math.BigDecimal("0.01"), rules.designableRate().stripTrailingZeros());
    assertEquals(java.util.Set.of(OrganizationId.of("free-farmers")), rules.renouncing());
    assertEquals(java.time.MonthDay.of(12, 31), rules.deadline());
    assertEquals(18, version.rollPolicy().votingAge());
  }

  @Test
  void demoDesignationsReadBackWithTheirShares() {
    var designations =
        em.createQuery(
                "SELECT d FROM DesignationRecord d WHERE d.canton = 'LAC'", DesignationRecord.class)
            .getResultList();

    assertTrue(designations.stream().anyMatch(d -> d.shares().size() == 2), "some split 60/40");
    designations.forEach(
        d -> assertEquals(10_000, d.shares().stream().mapToInt(s -> s.basisPoints()).sum()));
  }
}
