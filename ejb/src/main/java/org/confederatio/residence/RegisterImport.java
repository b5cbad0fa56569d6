package org.confederatio.residence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Invalid;
import org.confederatio.importing.ImportProgress;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.roll.ResidencePeriod;
import org.confederatio.rules.roll.Resident;

/**
 * Bulk import of a canton's residence register from CSV. The whole file is checked first and every
 * bad row is reported with its line and column; if any row is bad nothing is imported. Rows already
 * in the register (same person, same period) are skipped, so importing a file twice adds nothing.
 */
@Stateless
public class RegisterImport {

  /** The header every file starts with; one row per residence period in the canton. */
  public static final String HEADER =
      "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin";

  private static final int COLUMNS = HEADER.split(",").length;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;

  /** What an import did. */
  public record Result(int rows, int peopleAdded, int periodsAdded, int periodsAlreadyPresent) {}

  private record Row(
      int line,
      String id,
      String name,
      LocalDate born,
      ResidencePeriod period,
      LocalDate died,
      String nationality,
      String origin) {}

  public Result run(Caller caller, CantonCode canton, String csv) {
    return run(caller, canton, csv, new ImportProgress("inline", caller.username()));
  }

  /** The same, reporting rows checked and then rows imported to {@code progress}. */
  public Result run(Caller caller, CantonCode canton, String csv, ImportProgress progress) {
    caller.requireCanton(canton, Role.CLERK);
    List<Invalid.Violation> problems = new ArrayList<>();
    List<Row> rows = parse(canton, csv == null ? "" : csv, problems, progress);
    Map<String, List<Row>> byPerson = new LinkedHashMap<>();
    rows.forEach(r -> byPerson.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    byPerson.values().forEach(group -> checkAgainstRegister(group, problems));
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    progress.start(ImportProgress.Phase.IMPORTING, rows.size());
    int people = 0;
    int added = 0;
    List<AuditTrail.Change> changes = new ArrayList<>();
    for (List<Row> group : byPerson.values()) {
      Row first = group.get(0);
      Person person = em.find(Person.class, first.id(), LockModeType.PESSIMISTIC_WRITE);
      Person.Summary before = person == null ? null : person.summary();
      if (person == null) {
        person =
            new Person(first.id(), first.name(), first.born(), first.nationality(), first.origin());
        em.persist(person);
        people++;
      }
      for (Row row : group) {
        if (!person.residences().stream().anyMatch(r -> r.period().equals(row.period()))) {
          person.addPeriod(row.period());
          added++;
        }
        progress.step();
      }
      if (first.died() != null && person.died().isEmpty()) {
        person.die(first.died());
      }
      Person.Summary after = person.summary();
      if (!after.equals(before)) {
        changes.add(
            new AuditTrail.Change(person.id(), AuditScope.of(canton, person.id()), before, after));
      }
    }
    Result result = new Result(rows.size(), people, added, rows.size() - added);
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

  private static List<Row> parse(
      CantonCode canton, String csv, List<Invalid.Violation> problems, ImportProgress progress) {
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
    if (lines.length == 0 || !lines[0].strip().equals(HEADER)) {
      problems.add(new Invalid.Violation("line 1", "the header must be '" + HEADER + "'"));
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    progress.start(ImportProgress.Phase.CHECKING, lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        row(canton, i + 1, lines[i].split(",", -1), problems).ifPresent(rows::add);
      }
      progress.step();
    }
    return rows;
  }

  private static Optional<Row> row(
      CantonCode canton, int line, String[] f, List<Invalid.Violation> problems) {
    int before = problems.size();
    if (f.length != COLUMNS) {
      problems.add(
          at(
              line,
              null,
              "has " + f.length + " columns; " + COLUMNS + " are expected (" + HEADER + ")"));
      return Optional.empty();
    }
    String id = f[0].strip();
    if (!ResidenceRegister.PERSON_ID.matcher(id).matches()) {
      problems.add(at(line, "person_id", "is 1 to 36 letters, digits and '-'"));
    }
    if (f[1].isBlank()) {
      problems.add(at(line, "name", "is required"));
    }
    LocalDate born = date(line, "born", f[2], true, problems);
    LocalDate from = date(line, "resident_from", f[3], true, problems);
    LocalDate to = date(line, "resident_to", f[4], false, problems);
    LocalDate died = date(line, "died", f[5], false, problems);
    if (born != null && from != null && from.isBefore(born)) {
      problems.add(at(line, "resident_from", "is before the date of birth"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(at(line, "resident_to", "is before resident_from"));
    }
    if (died != null && from != null && died.isBefore(from)) {
      problems.add(at(line, "died", "is before resident_from"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    // a residence still open at death ends on that day, as a recorded death closes it
    LocalDate end = to == null && died != null ? died : to;
    return Optional.of(
        new Row(
            line,
            id,
            f[1].strip(),
            born,
            new ResidencePeriod(canton, from, Optional.ofNullable(end)),
            died,
            blank(f[6]),
            blank(f[7])));
  }

  /** R1 within the file and against what the register already holds for the person. */
  private void checkAgainstRegister(List<Row> group, List<Invalid.Violation> problems) {
    Person existing = em.find(Person.class, group.get(0).id());
    List<ResidencePeriod> known = new ArrayList<>();
    if (existing != null) {
      existing.residences().forEach(r -> known.add(r.period()));
    }
    for (Row row : group) {
      if (existing != null && !existing.resident().born().equals(row.born())) {
        problems.add(
            at(
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
            at(
                row.line(),
                "resident_from",
                "overlaps the residence " + overlap.existing() + " of " + row.id()));
      }
    }
  }

  private static LocalDate date(
      int line, String column, String value, boolean required, List<Invalid.Violation> problems) {
    if (value.isBlank()) {
      if (required) {
        problems.add(at(line, column, "is required"));
      }
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(at(line, column, "must be a date as YYYY-MM-DD, not '" + value.strip() + "'"));
      return null;
    }
  }

  private static Invalid.Violation at(int line, String column, String message) {
    return new Invalid.Violation(
        "line " + line + (column == null ? "" : ", column " + column), message);
  }

  private static String blank(String s) {
    return s.isBlank() ? null : s.strip();
  }
}
