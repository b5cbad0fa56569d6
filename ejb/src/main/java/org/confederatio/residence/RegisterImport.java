package org.confederatio.residence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.importing.ImportProgress;
import org.confederatio.roll.RollStamps;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.rules.api.roll.Resident;
import org.confederatio.time.FiscalCalendar;

/**
 * Bulk import of a canton's residence register from CSV (RFC 4180, read by {@link CsvTable}). The
 * whole file is checked first and every bad row is reported with its line and column; if any row is
 * bad nothing is imported. Rows already in the register (same person, same period) are skipped, so
 * importing a file twice adds nothing.
 */
@Stateless
public class RegisterImport {

  /** The header every file starts with; one row per residence period in the canton. */
  public static final String HEADER =
      "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin";

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private FiscalHome home;
  @Inject private RollStamps rolls;

  /** What an import did. */
  public record Result(int rows, int peopleAdded, int periodsAdded, int periodsAlreadyPresent) {}

  public Result run(Caller caller, CantonCode canton, String csv) {
    return run(caller, canton, csv, new ImportProgress("inline", caller.username()));
  }

  /** The same, reporting rows checked and then rows imported to {@code progress}. */
  public Result run(Caller caller, CantonCode canton, String csv, ImportProgress progress) {
    caller.requireCanton(canton, Role.CLERK);
    List<Invalid.Violation> problems = new ArrayList<>();
    CsvTable table = CsvTable.read(csv, HEADER, problems).requireRows(problems);
    progress.start(ImportProgress.Phase.CHECKING, table.rows().size());
    List<RegisterRow> rows = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      RegisterRow.of(canton, row, calendar.today(), problems).ifPresent(rows::add);
      progress.step();
    }
    Map<String, List<RegisterRow>> byPerson = new LinkedHashMap<>();
    rows.forEach(r -> byPerson.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    byPerson.values().forEach(group -> checkAgainstRegister(canton, group, problems));
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    List<AuditTrail.Change> changes = new ArrayList<>();
    Result result = add(caller, canton, byPerson, rows.size(), progress, changes);
    // the canton's stored rolls are stale from here, in this transaction (issue 17)
    rolls.imported(canton, rows.stream().anyMatch(r -> r.died() != null));
    audit.record(
        caller.username(),
        "import",
        "ResidenceRegister",
        canton,
        AuditScope.of(canton),
        null,
        result);
    audit.recordAll(caller.username(), "import", "Person", changes);
    return result;
  }

  /** Adds what the register lacks, and each person's change as the canton's clerk sees it. */
  private Result add(
      Caller caller,
      CantonCode canton,
      Map<String, List<RegisterRow>> byPerson,
      int rows,
      ImportProgress progress,
      List<AuditTrail.Change> changes) {
    progress.start(ImportProgress.Phase.IMPORTING, rows);
    int people = 0;
    int added = 0;
    try {
      for (List<RegisterRow> group : byPerson.values()) {
        RegisterRow first = group.get(0);
        Person person = em.find(Person.class, first.id(), LockModeType.PESSIMISTIC_WRITE);
        Person.Summary before = person == null ? null : home.view(caller, person);
        if (person == null) {
          person = first.newPerson();
          em.persist(person);
          // here, not in the next query's automatic flush inside another bean, where a person
          // another import has just added would end as an unexpected error instead of a conflict
          em.flush();
          people++;
        }
        for (RegisterRow row : group) {
          if (person.residences().stream().noneMatch(r -> r.period().equals(row.period()))) {
            person.addPeriod(row.period());
            added++;
          }
          progress.step();
        }
        if (first.died() != null && person.died().isEmpty()) {
          person.die(first.died());
        }
        Person.Summary after = home.view(caller, person);
        if (!after.equals(before)) {
          changes.add(
              new AuditTrail.Change(
                  person.id(), AuditScope.of(canton, person.personId()), before, after));
        }
      }
      em.flush();
    } catch (PersistenceException e) {
      // two imports registering the same new person at once: the database keeps one
      throw new Conflict(
          "Someone else changed the register of these people at the same moment; nothing was"
              + " imported. Import the file again: what is already there is skipped.");
    }
    return new Result(rows, people, added, rows - added);
  }

  /**
   * R1 within the file and against what the register already holds for the person, and person
   * scope: a row may add to the register a new person or a period of one who has lived in this
   * canton, never touch one of another canton's register; an overlap with another canton's period
   * is refused without naming it.
   */
  private void checkAgainstRegister(
      CantonCode canton, List<RegisterRow> group, List<Invalid.Violation> problems) {
    Person existing = em.find(Person.class, group.get(0).id());
    if (existing != null
        && existing.residences().stream().noneMatch(r -> r.period().canton().equals(canton))) {
      // someone of another canton's register: nothing about them is compared or said, not even
      // whether the row matches; they arrive here by a move once that canton has recorded the
      // departure
      group.forEach(
          row ->
              problems.add(
                  CsvTable.at(
                      row.line(),
                      "person_id",
                      "'"
                          + row.id()
                          + "' is registered by another canton; record their arrival as a move"
                          + " once that canton has recorded the departure")));
      return;
    }
    List<ResidencePeriod> known = new ArrayList<>();
    if (existing != null) {
      existing.residences().forEach(r -> known.add(r.period()));
    }
    for (RegisterRow row : group) {
      if (existing != null && !existing.resident().born().equals(row.born())) {
        problems.add(
            CsvTable.at(
                row.line(),
                "born",
                "the register has " + row.id() + " born on " + existing.resident().born()));
        continue;
      }
      if (known.contains(row.period())) {
        continue;
      }
      try {
        new Resident(row.id(), row.born(), Optional.empty(), known).with(row.period());
        known.add(row.period());
      } catch (Resident.OverlappingResidence overlap) {
        problems.add(
            CsvTable.at(
                row.line(),
                "resident_from",
                overlap.existing().canton().equals(canton)
                    ? "overlaps the residence " + overlap.existing() + " of " + row.id()
                    : "overlaps a residence another canton has recorded for "
                        + row.id()
                        + " (R1)"));
      }
    }
  }

  /** Used by {@link RegisterRow}: the day that closes an open period of someone who died. */
  static LocalDate endOf(LocalDate to, LocalDate died) {
    // a residence still open at death ends on that day, as a recorded death closes it
    return to == null && died != null ? died : to;
  }
}
