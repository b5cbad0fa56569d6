package org.confederatio.designation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Accreditations;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.FiscalHome;
import org.confederatio.residence.Person;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.allocation.Weights;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.time.Plausible;

/**
 * Designations as citizens and clerks make them. Every save is checked with A2 (the rules module)
 * and adds a record; the previous ones stay as history. A save quotes the version it replaces, so
 * that of two people editing the same designation the second is refused instead of overwriting.
 */
@Stateless
public class Designations {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private CantonPolicies policies;
  @Inject private CantonRegistry cantons;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;
  @Inject private Accreditations accreditations;

  /** A new designation: the shares, and the version it replaces (null for the first). */
  public record Change(List<DesignationCheck.ShareInput> shares, Long version) {}

  /** A clerk's entry from a paper form also gives the day the taxpayer made it. */
  public record PaperForm(
      List<DesignationCheck.ShareInput> shares, LocalDate madeOn, Long version) {}

  /** What a citizen sees of their designation for a year. */
  public record Mine(
      String canton,
      int year,
      LocalDate deadline,
      boolean open,
      String designableRate,
      int maxRecipients,
      String tax,
      String designable,
      DesignationRecord.Summary current,
      String standing)
      implements Serializable {}

  /**
   * What a clerk sees of one taxpayer for a year: the assessment and every designation, newest
   * first.
   */
  public record TaxpayerFile(
      Person.Summary person,
      String canton,
      int year,
      Assessment.Summary assessment,
      List<DesignationRecord.Summary> history,
      Long counted,
      String standing,
      List<Affiliation.Summary> affiliations)
      implements Serializable {}

  // ---- the citizen ---------------------------------------------------------------------------

  public Mine mine(Caller caller, FiscalYear year) {
    Person person = TaxpayerRecords.citizen(em, caller);
    CantonCode canton = cantonOf(person, year);
    Assessment.Key key = new Assessment.Key(canton.value(), year.value(), person.id());
    return mine(key, policies.allocationPolicy(canton, year));
  }

  public Mine designateMine(Caller caller, FiscalYear year, Change change) {
    Person person = TaxpayerRecords.citizen(em, caller);
    if (year.value() > calendar.currentYear()) {
      throw new Invalid("year", "designations for " + year + " open on 1 January " + year);
    }
    CantonCode canton = cantonOf(person, year);
    Assessment.Key key = new Assessment.Key(canton.value(), year.value(), person.id());
    Change c = change == null ? new Change(null, null) : change;
    save(
        caller,
        key,
        c.shares(),
        calendar.today(),
        c.version(),
        DesignationRecord.Channel.CITIZEN,
        "madeOn");
    return mine(key, policies.allocationPolicy(canton, year));
  }

  /** A plain-text receipt of the designation that stands for the year. */
  public String receipt(Caller caller, FiscalYear year) {
    Mine mine = mine(caller, year);
    if (mine.current() == null) {
      throw new NotFound("designation for " + year + " of", caller.username());
    }
    StringBuilder text = new StringBuilder();
    text.append("Confederatio: receipt of a tax designation\n\n")
        .append("Receipt number: ")
        .append(mine.current().version())
        .append('\n')
        .append("Taxpayer: ")
        .append(mine.current().taxpayer())
        .append(" (")
        .append(caller.displayName())
        .append(")\n")
        .append("Canton: ")
        .append(mine.canton())
        .append("\nFiscal year: ")
        .append(year)
        .append('\n')
        .append("Made on: ")
        .append(mine.current().madeOn())
        .append("\nRecorded at: ")
        .append(mine.current().recordedAt())
        .append("\n\nRecipients:\n");
    for (DesignationRecord.ShareView share : mine.current().shares()) {
      text.append("  ")
          .append(share.recipient())
          .append(": ")
          .append(BigDecimal.valueOf(share.basisPoints(), 2).toPlainString())
          .append(" %\n");
    }
    text.append("\nStanding: ")
        .append(mine.standing())
        .append('\n')
        .append("It can be changed until ")
        .append(mine.deadline())
        .append("; the latest valid designation counts.\n");
    if (mine.designable() != null) {
      text.append("Estimated designable part of your tax: ").append(mine.designable()).append('\n');
    }
    return text.toString();
  }

  private Mine mine(Assessment.Key key, AllocationPolicy policy) {
    Optional<Assessment> assessment = TaxpayerRecords.assessment(em, key);
    List<DesignationRecord> records = TaxpayerRecords.designations(em, key);
    Counting.Standing standing =
        Counting.of(records, policy, new RecipientTable(policy), assessment.isPresent());
    DesignationRecord current = records.isEmpty() ? null : records.get(records.size() - 1);
    String designable = assessment.map(a -> Weights.ofTax(policy, a.tax()).toString()).orElse(null);
    return new Mine(
        key.canton(),
        key.year(),
        policy.deadline(),
        !calendar.today().isAfter(policy.deadline()),
        policy.designableRate().stripTrailingZeros().toPlainString(),
        policy.maxRecipients(),
        assessment.map(a -> a.tax().toString()).orElse(null),
        designable,
        current == null ? null : current.summary(),
        standing.describe());
  }

  private CantonCode cantonOf(Person person, FiscalYear year) {
    return home.of(person, year)
        .orElseThrow(
            () ->
                new Conflict(
                    "You were not resident in a canton at the end of "
                        + year
                        + " (or are not today, for this year), so there is no canton to designate"
                        + " in."));
  }

  // ---- the clerk -----------------------------------------------------------------------------

  /** A taxpayer's file; reading someone's designation is written to the audit log. */
  public TaxpayerFile taxpayer(
      Caller caller, CantonCode canton, PersonId personId, FiscalYear year) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    calendar.requireYearSoFar(year);
    Person person = home.require(personId, canton, year);
    Assessment.Key key = new Assessment.Key(canton.value(), year.value(), person.id());
    AllocationPolicy policy = policies.allocationPolicy(canton, year);
    Optional<Assessment> assessment = TaxpayerRecords.assessment(em, key);
    List<DesignationRecord> records = TaxpayerRecords.designations(em, key);
    Counting.Standing standing =
        Counting.of(records, policy, new RecipientTable(policy), assessment.isPresent());
    audit.record(
        caller.username(),
        "read",
        "Designation",
        canton + "/" + year + "/" + person.id(),
        AuditScope.of(canton, person.personId()),
        null,
        null);
    List<DesignationRecord.Summary> history = new ArrayList<>();
    for (int i = records.size() - 1; i >= 0; i--) {
      history.add(records.get(i).summary());
    }
    return new TaxpayerFile(
        home.view(caller, person),
        canton.value(),
        year.value(),
        assessment.map(Assessment::summary).orElse(null),
        history,
        standing.counted().map(DesignationRecord::id).orElse(null),
        standing.describe(),
        home.livesIn(person.personId(), canton)
            ? Affiliation.of(em, person.personId())
            : List.of());
  }

  public DesignationRecord.Summary designateFor(
      Caller caller, CantonCode canton, PersonId personId, FiscalYear year, PaperForm form) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    PaperForm f = form == null ? new PaperForm(null, null, null) : form;
    if (f.madeOn() == null) {
      throw new Invalid("madeOn", "is required: the date on the taxpayer's form, as YYYY-MM-DD");
    }
    Violations window = new Violations();
    Plausible.madeOn(window, "madeOn", f.madeOn(), year, calendar.today());
    window.throwIfAny();
    calendar.requireYearSoFar(year);
    Assessment.Key key =
        new Assessment.Key(canton.value(), year.value(), home.require(personId, canton, year).id());
    return save(
        caller,
        key,
        f.shares(),
        f.madeOn(),
        f.version(),
        DesignationRecord.Channel.CLERK,
        "madeOn");
  }

  public Assessment.Summary assess(
      Caller caller, CantonCode canton, PersonId personId, FiscalYear year, String tax) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    if (year.value() > calendar.currentYear()) {
      throw new Invalid("year", "is a fiscal year up to " + calendar.currentYear());
    }
    Money amount = Violations.parseOrRefuse("tax", () -> Money.parse(tax));
    Person person = TaxpayerRecords.locked(em, home.require(personId, canton, year).id());
    Assessment.Key key = new Assessment.Key(canton.value(), year.value(), person.id());
    Optional<Assessment> existing = TaxpayerRecords.assessment(em, key);
    Assessment.Summary before = existing.map(Assessment::summary).orElse(null);
    Assessment assessment =
        existing.orElseGet(
            () -> {
              Assessment created = new Assessment(key, amount, caller.username(), calendar.now());
              em.persist(created);
              return created;
            });
    assessment.assess(amount, caller.username(), calendar.now());
    em.flush();
    audit.record(
        caller.username(),
        existing.isPresent() ? "correct" : "assess",
        "Assessment",
        canton + "/" + year + "/" + person.id(),
        AuditScope.of(canton, person.personId()),
        before,
        assessment.summary());
    return assessment.summary();
  }

  // ---- both ----------------------------------------------------------------------------------

  private DesignationRecord.Summary save(
      Caller caller,
      Assessment.Key key,
      List<DesignationCheck.ShareInput> input,
      LocalDate madeOn,
      Long version,
      DesignationRecord.Channel channel,
      String madeOnField) {
    TaxpayerRecords.locked(em, key.person());
    List<DesignationRecord> records = TaxpayerRecords.designations(em, key);
    DesignationRecord latest = records.isEmpty() ? null : records.get(records.size() - 1);
    if (latest != null && !Long.valueOf(latest.id()).equals(version)) {
      throw new Conflict(
          "This designation was changed by "
              + describe(latest)
              + " at "
              + latest.recordedAt()
              + (version == null
                  ? " and your change does not say which version it replaces"
                  : " after you opened it")
              + " (it is now version "
              + latest.id()
              + "). Reload it, check it and save again.");
    }
    if (latest == null && version != null) {
      throw new Conflict(
          "There is no version " + version + " of this designation to replace; reload it.");
    }
    AllocationPolicy policy =
        policies.allocationPolicy(CantonCode.of(key.canton()), FiscalYear.of(key.year()));
    List<Invalid.Violation> problems = new ArrayList<>();
    DesignationCheck check = new DesignationCheck(policy, accreditations);
    DesignationCheck.Fields fields = DesignationCheck.json(madeOnField);
    // the taxpayer's own form closes at the deadline; a clerk records a paper form as it was made,
    // and one made late counts as late (A2)
    Optional<List<Share>> shares =
        channel == DesignationRecord.Channel.CITIZEN
            ? check.check(input, madeOn, fields, problems)
            : check.checkRecord(input, madeOn, fields, problems);
    if (shares.isEmpty()) {
      throw new Invalid(problems);
    }
    DesignationRecord record =
        new DesignationRecord(
            key, madeOn, shares.get(), caller.username(), calendar.now(), channel);
    em.persist(record);
    em.flush();
    audit.record(
        caller.username(),
        latest == null ? "designate" : "correct",
        "Designation",
        key.canton() + "/" + key.year() + "/" + key.person(),
        AuditScope.of(CantonCode.of(key.canton()), PersonId.of(key.person())),
        latest == null ? null : latest.trace(),
        record.trace());
    return record.summary();
  }

  private static String describe(DesignationRecord record) {
    return switch (record.channel()) {
      case CITIZEN -> "the taxpayer";
      case CLERK -> "a clerk from a paper form";
      case IMPORT -> "an import";
    };
  }
}
