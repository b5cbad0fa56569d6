package org.confederatio.residence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.ConcurrentWrite;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.importing.ImportProgress;
import org.confederatio.roll.RollStamps;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.rules.api.roll.Resident;
import org.confederatio.schema.Statistics;
import org.confederatio.time.FiscalCalendar;

/**
 * Bulk import of a canton's residence register from CSV (RFC 4180, read by {@link CsvTable}). The
 * whole file is checked first and every bad row is reported with its line and column; if any row is
 * bad nothing is imported. Rows already in the register (same person, same period) are skipped, so
 * importing a file twice adds nothing.
 *
 * <p>Plain JDBC rather than the entities, so that a file of a hundred thousand people costs a few
 * hundred statements rather than several per person: the people the file names are locked and read
 * a thousand at a time, checked in memory (R1 by the rules module's {@link Resident}), and what the
 * register lacks is written in batches ({@link #store}), all in the caller's one transaction.
 */
@Stateless
public class RegisterImport {

  /** The header every file starts with; one row per residence period in the canton. */
  public static final String HEADER =
      "person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin";

  /** People per look-up (an IN list) and rows per JDBC batch. */
  static final int CHUNK = 1_000;

  static final int BATCH = 5_000;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

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
    LocalDate today = calendar.today();
    for (CsvTable.Row row : table.rows()) {
      RegisterRow.of(canton, row, today, problems).ifPresent(rows::add);
      progress.step();
    }
    Map<String, List<RegisterRow>> byPerson = new LinkedHashMap<>();
    rows.forEach(r -> byPerson.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    try (Connection c = dataSource.getConnection()) {
      Map<String, Person> stored = lockAndRead(c, byPerson.keySet());
      byPerson
          .values()
          .forEach(
              group ->
                  checkAgainstRegister(canton, group, stored.get(group.get(0).id()), problems));
      if (!problems.isEmpty()) {
        throw new Invalid(problems);
      }
      List<AuditTrail.Change> changes = new ArrayList<>();
      Result result = store(c, caller, canton, byPerson, stored, rows.size(), progress, changes);
      // the canton's stored rolls are stale from here, in this transaction (issue 17)
      rolls.imported(canton, rows.stream().anyMatch(r -> r.died() != null));
      // the register import's one point of change: everything above is in this transaction, which
      // commits when this method returns (or rolls back whole if it throws)
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
    } catch (SQLException e) {
      if (ConcurrentWrite.is(e)) {
        // two imports registering the same new person at once: the database keeps one
        throw new Conflict(
            "Someone else changed the register of these people at the same moment; nothing was"
                + " imported. Import the file again: what is already there is skipped.");
      }
      throw new IllegalStateException("the register import of " + canton + " failed", e);
    }
  }

  /**
   * The people of the file whom the register already holds, with all their periods, each locked
   * until the import ends (as a person's record is whenever their register changes), so that no
   * other change of theirs falls between this check and the write.
   */
  private static Map<String, Person> lockAndRead(Connection c, Collection<String> ids)
      throws SQLException {
    Map<String, Person> stored = new HashMap<>();
    List<String> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(from + CHUNK, all.size()));
      String in = " IN (" + "?,".repeat(chunk.size() - 1) + "?)";
      // a write lock on each row found, held to the end of the transaction, in Derby and
      // PostgreSQL;
      // one primary-key update per person in a batch, since Derby runs an UPDATE with a long IN
      // list as a scan of the whole register, for every chunk
      boolean known = false;
      try (PreparedStatement lock =
          c.prepareStatement("UPDATE person SET born = born WHERE id = ?")) {
        for (String id : chunk) {
          lock.setString(1, id);
          lock.addBatch();
        }
        for (int updated : lock.executeBatch()) {
          known |= updated != 0; // SUCCESS_NO_INFO (negative) may be a row: read to be sure
        }
      }
      if (!known) {
        continue; // none of them is known yet
      }
      // two single-table reads, each an index probe per id (Derby planned a join of the two as a
      // scan of every residence of the register)
      Map<String, List<ResidencePeriod>> periods = new HashMap<>();
      try (PreparedStatement read =
          c.prepareStatement(
              "SELECT person_id, canton_code, starts_on, ends_on FROM residence_period"
                  + " --DERBY-PROPERTIES index=RESIDENCE_PERSON_IX\n WHERE person_id"
                  + in
                  + " ORDER BY person_id, starts_on")) {
        bind(read, chunk);
        try (ResultSet r = read.executeQuery()) {
          while (r.next()) {
            periods
                .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                .add(
                    new ResidencePeriod(
                        new CantonCode(r.getString(2)),
                        r.getDate(3).toLocalDate(),
                        Optional.ofNullable(localDate(r.getDate(4)))));
          }
        }
      }
      try (PreparedStatement read =
          c.prepareStatement(
              "SELECT id, name, born, died, nationality, place_of_origin FROM person WHERE id"
                  + in)) {
        bind(read, chunk);
        try (ResultSet r = read.executeQuery()) {
          while (r.next()) {
            String id = r.getString(1);
            stored.put(
                id,
                Person.stored(
                    id,
                    r.getString(2),
                    r.getDate(3).toLocalDate(),
                    localDate(r.getDate(4)),
                    r.getString(5),
                    r.getString(6),
                    periods.getOrDefault(id, List.of())));
          }
        }
      }
    }
    return stored;
  }

  /**
   * Adds what the register lacks, in JDBC batches, and each person's change as the canton's clerk
   * sees it.
   */
  private Result store(
      Connection c,
      Caller caller,
      CantonCode canton,
      Map<String, List<RegisterRow>> byPerson,
      Map<String, Person> stored,
      int rows,
      ImportProgress progress,
      List<AuditTrail.Change> changes)
      throws SQLException {
    progress.start(ImportProgress.Phase.IMPORTING, rows);
    Map<String, Person.Summary> before = home.views(caller, stored.values());
    List<Person> people = new ArrayList<>();
    List<Person> changed = new ArrayList<>();
    List<Person> deaths = new ArrayList<>();
    List<Added> periods = new ArrayList<>();
    for (List<RegisterRow> group : byPerson.values()) {
      RegisterRow first = group.get(0);
      Person person = stored.get(first.id());
      boolean isNew = person == null;
      if (isNew) {
        person = first.newPerson();
        people.add(person);
      }
      int added = periods.size();
      for (RegisterRow row : group) {
        if (person.residences().stream().noneMatch(r -> r.period().equals(row.period()))) {
          person.addPeriod(row.period());
          periods.add(new Added(person.id(), row.period()));
        }
      }
      boolean dies = first.died() != null && person.died().isEmpty();
      if (dies) {
        person.die(first.died());
        deaths.add(person);
      }
      if (isNew || dies || periods.size() > added) {
        changed.add(person);
      }
    }
    int done = 0;
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO person (id, name, born, died, nationality, place_of_origin)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Person p : people) {
        Person.Summary s = p.summary();
        insert.setString(1, s.id());
        insert.setString(2, s.name());
        insert.setDate(3, Date.valueOf(s.born()));
        setDate(insert, 4, s.died());
        setText(insert, 5, s.nationality());
        setText(insert, 6, s.placeOfOrigin());
        insert.addBatch();
        if (++n % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO residence_period (person_id, canton_code, starts_on, ends_on)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Added a : periods) {
        insert.setString(1, a.person());
        insert.setString(2, a.period().canton().value());
        insert.setDate(3, Date.valueOf(a.period().from()));
        setDate(insert, 4, a.period().to().orElse(null));
        insert.addBatch();
        if (++done % BATCH == 0) {
          insert.executeBatch();
          steps(progress, BATCH); // after the batch: a row counted done is in the database
        }
      }
      insert.executeBatch();
      steps(progress, done % BATCH);
    }
    // a death recorded now ends the person's residence still open on that day (Person.die)
    try (PreparedStatement died =
            c.prepareStatement("UPDATE person SET died = ? WHERE id = ? AND died IS NULL");
        PreparedStatement closed =
            c.prepareStatement(
                "UPDATE residence_period SET ends_on = ? WHERE person_id = ?"
                    + " AND ends_on IS NULL AND starts_on <= ?")) {
      for (Person p : deaths) {
        Date day = Date.valueOf(p.died().orElseThrow());
        died.setDate(1, day);
        died.setString(2, p.id());
        died.addBatch();
        closed.setDate(1, day);
        closed.setString(2, p.id());
        closed.setDate(3, day);
        closed.addBatch();
      }
      if (!deaths.isEmpty()) {
        died.executeBatch();
        closed.executeBatch();
      }
    }
    steps(progress, rows - done);
    Statistics.refreshAfter(c, people.size() + periods.size(), "person", "residence_period");
    Map<String, Person.Summary> after = home.views(caller, changed);
    for (Person p : changed) {
      Person.Summary was = before.get(p.id());
      Person.Summary is = after.get(p.id());
      if (!is.equals(was)) {
        changes.add(new AuditTrail.Change(p.id(), AuditScope.of(canton, p.personId()), was, is));
      }
    }
    return new Result(rows, people.size(), periods.size(), rows - periods.size());
  }

  /** A period the import adds to a person's. */
  private record Added(String person, ResidencePeriod period) {}

  private static void steps(ImportProgress progress, int rows) {
    for (int i = 0; i < rows; i++) {
      progress.step();
    }
  }

  private static void bind(PreparedStatement s, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      s.setString(i + 1, ids.get(i));
    }
  }

  private static LocalDate localDate(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  private static void setDate(PreparedStatement s, int index, LocalDate day) throws SQLException {
    if (day == null) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(day));
    }
  }

  private static void setText(PreparedStatement s, int index, String text) throws SQLException {
    if (text == null) {
      s.setNull(index, Types.VARCHAR);
    } else {
      s.setString(index, text);
    }
  }

  /**
   * R1 within the file and against what the register already holds for the person, and person
   * scope: a row may add to the register a new person or a period of one who has lived in this
   * canton, never touch one of another canton's register; an overlap with another canton's period
   * is refused without naming it.
   */
  private static void checkAgainstRegister(
      CantonCode canton,
      List<RegisterRow> group,
      Person existing,
      List<Invalid.Violation> problems) {
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
