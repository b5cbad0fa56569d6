package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.designation.DesignationCheck.ShareInput;
import org.confederatio.designation.Designations;
import org.confederatio.designation.FiscalImport;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.importing.ImportProgress;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.OrganizationAdministration;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a clerk's entry of paper forms and of assessments, the audit of every read, and
 * imports that leave nothing behind when refused. Each test works in a canton of its own, with its
 * founding policy from two years ago and organizations accredited there, and its officials.
 */
@ExtendWith(ArquillianExtension.class)
class DesignationsIT {

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("designations-it.war").addClasses(DesignationsIT.class, InServer.class);
  }

  private int lastYear() {
    return calendar.currentYear() - 1;
  }

  @Inject private Designations designations;
  @Inject private FiscalImport fiscalImport;
  @Inject private ResidenceRegister register;
  @Inject private Callers callers;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private OrganizationAdministration organizations;
  @Inject private Accreditations accreditations;

  /** The test's canton (deadline 31 December), its clerk and two organizations accredited there. */
  private CantonCode canton;

  private Caller clerk;
  private String commons;
  private String ocean;

  @BeforeEach
  void aCantonOfItsOwn() {
    canton = canton("12-31");
    clerk = InServer.official(Role.CLERK, canton);
    commons = organization(canton);
    ocean = organization(canton);
  }

  /** A new active organization accredited in the canton from its founding year. */
  private String organization(CantonCode in) {
    var admin = callers.byUsername("admin");
    String id = InServer.fresh("org-").toLowerCase(java.util.Locale.ROOT);
    organizations.register(
        admin,
        OrganizationId.of(id),
        new OrganizationAdministration.Entry("Org " + id, "PHYLE", null, null, null));
    accreditations.accredit(
        admin, OrganizationId.of(id), in, FiscalYear.of(calendar.currentYear() - 2));
    return id;
  }

  /** A person living in the canton since 2000, whose fiscal years are therefore the canton's. */
  private String taxpayer(Caller by, CantonCode in) {
    String id = "D-" + UUID.randomUUID().toString().substring(0, 13);
    register.register(
        by,
        in,
        new ResidenceRegister.NewPerson(
            id, "Paper Form", LocalDate.of(1970, 5, 5), LocalDate.of(2000, 1, 1), null, null));
    return id;
  }

  private String taxpayer() {
    return taxpayer(clerk, canton);
  }

  private static Designations.PaperForm form(LocalDate madeOn, Long version, String recipient) {
    return new Designations.PaperForm(List.of(new ShareInput(recipient, 10_000)), madeOn, version);
  }

  @Test
  void aClerksReadOfADesignationIsAudited() {
    String id = taxpayer();
    designations.designateFor(
        clerk,
        canton,
        PersonId.of(id),
        FiscalYear.of(lastYear()),
        form(LocalDate.of(lastYear(), 3, 1), null, "canton"));

    designations.taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()));

    var entries = audit.of("Designation", canton + "/" + lastYear() + "/" + id);
    assertEquals(List.of("designate", "read"), entries.stream().map(e -> e.action()).toList());
    assertEquals(clerk.username(), entries.get(1).actor());
  }

  @Test
  void aCorrectionKeepsTheHistoryAndALaterFormCounts() {
    String id = taxpayer();
    var first =
        designations.designateFor(
            clerk,
            canton,
            PersonId.of(id),
            FiscalYear.of(lastYear()),
            form(LocalDate.of(lastYear(), 3, 1), null, commons));
    var second =
        designations.designateFor(
            clerk,
            canton,
            PersonId.of(id),
            FiscalYear.of(lastYear()),
            form(LocalDate.of(lastYear(), 3, 1), first.version(), ocean));

    var file = designations.taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()));

    assertEquals(2, file.history().size());
    assertEquals("NO_ASSESSMENT", file.standing(), "no assessment yet, so nothing counts");
    designations.assess(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()), "800.00");
    var assessed = designations.taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()));
    assertEquals("COUNTS", assessed.standing());
    assertEquals(
        second.version(), assessed.counted(), "of two forms of one day, the correction counts");
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    String id = taxpayer();
    var first =
        designations.designateFor(
            clerk,
            canton,
            PersonId.of(id),
            FiscalYear.of(lastYear()),
            form(LocalDate.of(lastYear(), 3, 1), null, "canton"));
    designations.designateFor(
        clerk,
        canton,
        PersonId.of(id),
        FiscalYear.of(lastYear()),
        form(LocalDate.of(lastYear(), 4, 1), first.version(), commons));

    assertThrows(
        Conflict.class,
        () ->
            designations.designateFor(
                clerk,
                canton,
                PersonId.of(id),
                FiscalYear.of(lastYear()),
                form(LocalDate.of(lastYear(), 5, 1), first.version(), ocean)));
    assertEquals(
        2,
        designations
            .taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()))
            .history()
            .size());
  }

  @Test
  void aFormDatedAfterTheDeadlineIsRecordedAndCountsAsLate() {
    // a canton that closes on 30 June; the taxpayer lives there, so the year is that canton's
    CantonCode closing = canton("06-30");
    var closingClerk = InServer.official(Role.CLERK, closing);
    String id = taxpayer(closingClerk, closing);
    designations.assess(
        closingClerk, closing, PersonId.of(id), FiscalYear.of(lastYear()), "1000.00");

    var recorded =
        designations.designateFor(
            closingClerk,
            closing,
            PersonId.of(id),
            FiscalYear.of(lastYear()),
            form(LocalDate.of(lastYear(), 7, 1), null, "canton"));

    var file =
        designations.taxpayer(closingClerk, closing, PersonId.of(id), FiscalYear.of(lastYear()));
    assertEquals(recorded.version(), file.history().get(0).version(), "the form is recorded");
    assertEquals(null, file.counted(), "a late form does not count (A2)");
    assertEquals("LATE", file.standing());
  }

  @Test
  void aFormDatedBeforeItsYearOrAfterTodayIsRefused() {
    String id = taxpayer();

    for (LocalDate madeOn :
        List.of(LocalDate.of(lastYear() - 1, 12, 31), calendar.today().plusDays(1))) {
      var refused =
          assertThrows(
              Invalid.class,
              () ->
                  designations.designateFor(
                      clerk,
                      canton,
                      PersonId.of(id),
                      FiscalYear.of(lastYear()),
                      form(madeOn, null, "canton")));
      assertEquals("madeOn", refused.violations().get(0).field());
    }
    assertEquals(
        0,
        designations
            .taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()))
            .history()
            .size());
  }

  @Test
  void aRefusedImportLeavesNoRecordOfTheFile() {
    String id = taxpayer();
    String file =
        "taxpayer,recipient,share_bp,made_on\n"
            + id
            + ",canton,10000,"
            + lastYear()
            + "-02-01\n"
            + id
            + ",canton,5000,"
            + lastYear()
            + "-02-02\n";

    var refused =
        assertThrows(
            Invalid.class,
            () ->
                fiscalImport.run(
                    clerk,
                    canton,
                    FiscalImport.Kind.DESIGNATIONS,
                    FiscalYear.of(lastYear()),
                    file,
                    new ImportProgress("t", clerk.username())));
    assertEquals("line 3, column share_bp", refused.violations().get(0).field());

    // the same file again is checked again, not refused as a duplicate: the refused one left no
    // trace
    assertThrows(
        Invalid.class,
        () ->
            fiscalImport.run(
                clerk,
                canton,
                FiscalImport.Kind.DESIGNATIONS,
                FiscalYear.of(lastYear()),
                file,
                new ImportProgress("t", clerk.username())));
    assertEquals(
        0,
        designations
            .taxpayer(clerk, canton, PersonId.of(id), FiscalYear.of(lastYear()))
            .history()
            .size());
  }

  private CantonCode canton(String deadline) {
    return InServer.foundedCanton(
        cantons, policies, callers.byUsername("admin"), calendar.currentYear(), deadline);
  }
}
