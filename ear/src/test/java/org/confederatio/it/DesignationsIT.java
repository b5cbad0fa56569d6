package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.confederatio.access.Callers;
import org.confederatio.audit.AuditTrail;
import org.confederatio.designation.DesignationCheck.ShareInput;
import org.confederatio.designation.Designations;
import org.confederatio.designation.FiscalImport;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.importing.ImportProgress;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.time.FiscalCalendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the server: a clerk's entry of paper forms and of assessments, the audit of every read, and
 * imports that leave nothing behind when refused.
 */
@ExtendWith(ArquillianExtension.class)
class DesignationsIT {

  private static final CantonCode LAC = CantonCode.of("LAC");

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

  private String taxpayer() {
    return taxpayer("clerk", LAC);
  }

  /** A person living in the canton since 2000, whose fiscal years are therefore the canton's. */
  private String taxpayer(String clerk, CantonCode canton) {
    String id = "D-" + UUID.randomUUID().toString().substring(0, 13);
    register.register(
        callers.byUsername(clerk),
        canton,
        new ResidenceRegister.NewPerson(
            id, "Paper Form", LocalDate.of(1970, 5, 5), LocalDate.of(2000, 1, 1), null, null));
    return id;
  }

  private static Designations.PaperForm form(LocalDate madeOn, Long version, String recipient) {
    return new Designations.PaperForm(List.of(new ShareInput(recipient, 10_000)), madeOn, version);
  }

  @Test
  void aClerksReadOfADesignationIsAudited() {
    String id = taxpayer();
    designations.designateFor(
        callers.byUsername("clerk"),
        LAC,
        id,
        lastYear(),
        form(LocalDate.of(lastYear(), 3, 1), null, "canton"));

    designations.taxpayer(callers.byUsername("clerk"), LAC, id, lastYear());

    var entries = audit.of("Designation", LAC + "/" + lastYear() + "/" + id);
    assertEquals(List.of("designate", "read"), entries.stream().map(e -> e.action()).toList());
    assertEquals("clerk", entries.get(1).actor());
  }

  @Test
  void aCorrectionKeepsTheHistoryAndALaterFormCounts() {
    String id = taxpayer();
    var clerk = callers.byUsername("clerk");
    var first =
        designations.designateFor(
            clerk,
            LAC,
            id,
            lastYear(),
            form(LocalDate.of(lastYear(), 3, 1), null, "commons-of-code"));
    var second =
        designations.designateFor(
            clerk,
            LAC,
            id,
            lastYear(),
            form(LocalDate.of(lastYear(), 3, 1), first.version(), "ocean-care"));

    var file = designations.taxpayer(clerk, LAC, id, lastYear());

    assertEquals(2, file.history().size());
    assertEquals("NO_ASSESSMENT", file.standing(), "no assessment yet, so nothing counts");
    designations.assess(clerk, LAC, id, lastYear(), "800.00");
    var assessed = designations.taxpayer(clerk, LAC, id, lastYear());
    assertEquals("COUNTS", assessed.standing());
    assertEquals(
        second.version(), assessed.counted(), "of two forms of one day, the correction counts");
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    String id = taxpayer();
    var clerk = callers.byUsername("clerk");
    var first =
        designations.designateFor(
            clerk, LAC, id, lastYear(), form(LocalDate.of(lastYear(), 3, 1), null, "canton"));
    designations.designateFor(
        clerk,
        LAC,
        id,
        lastYear(),
        form(LocalDate.of(lastYear(), 4, 1), first.version(), "las-indias"));

    assertThrows(
        Conflict.class,
        () ->
            designations.designateFor(
                clerk,
                LAC,
                id,
                lastYear(),
                form(LocalDate.of(lastYear(), 5, 1), first.version(), "ocean-care")));
    assertEquals(2, designations.taxpayer(clerk, LAC, id, lastYear()).history().size());
  }

  @Test
  void aFormDatedAfterTheDeadlineIsRecordedAndCountsAsLate() {
    // Montes closes on 30 June; the taxpayer lives there, so the year is Montes'
    var montes = callers.byUsername("clerk-montes");
    CantonCode mon = CantonCode.of("MON");
    String id = taxpayer("clerk-montes", mon);
    designations.assess(montes, mon, id, lastYear(), "1000.00");

    var recorded =
        designations.designateFor(
            montes, mon, id, lastYear(), form(LocalDate.of(lastYear(), 7, 1), null, "canton"));

    var file = designations.taxpayer(montes, mon, id, lastYear());
    assertEquals(recorded.version(), file.history().get(0).version(), "the form is recorded");
    assertEquals(null, file.counted(), "a late form does not count (A2)");
    assertEquals("LATE", file.standing());
  }

  @Test
  void aFormDatedBeforeItsYearOrAfterTodayIsRefused() {
    String id = taxpayer();
    var clerk = callers.byUsername("clerk");

    for (LocalDate madeOn :
        List.of(LocalDate.of(lastYear() - 1, 12, 31), calendar.today().plusDays(1))) {
      var refused =
          assertThrows(
              Invalid.class,
              () ->
                  designations.designateFor(
                      clerk, LAC, id, lastYear(), form(madeOn, null, "canton")));
      assertEquals("madeOn", refused.violations().get(0).field());
    }
    assertEquals(0, designations.taxpayer(clerk, LAC, id, lastYear()).history().size());
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
    var clerk = callers.byUsername("clerk");

    var refused =
        assertThrows(
            Invalid.class,
            () ->
                fiscalImport.run(
                    clerk,
                    LAC,
                    FiscalImport.Kind.DESIGNATIONS,
                    lastYear(),
                    file,
                    new ImportProgress("t", "clerk")));
    assertEquals("line 3, column share_bp", refused.violations().get(0).field());

    // the same file again is checked again, not refused as a duplicate: the refused one left no
    // trace
    assertThrows(
        Invalid.class,
        () ->
            fiscalImport.run(
                clerk,
                LAC,
                FiscalImport.Kind.DESIGNATIONS,
                lastYear(),
                file,
                new ImportProgress("t", "clerk")));
    assertEquals(0, designations.taxpayer(clerk, LAC, id, lastYear()).history().size());
  }
}
