package org.confederatio.roll;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.rules.api.roll.Resident;

/**
 * The translator between the register and the rules: reads, for one canton and date, each person
 * who lived there by then with their dates and their periods in that canton, and nothing else (R3).
 * Two ordered scans merged here rather than a join the database would sort: the canton's periods in
 * person order, from the (canton, person, start, end) index alone, and the people in id order along
 * the primary key. Both are in binary order of the id (Derby's UCS_BASIC, PostgreSQL's "C"
 * collation of the column), which is {@link String#compareTo}'s. Rows are streamed, so that a
 * canton of a million residents is never held in memory at once.
 */
@ApplicationScoped
public class Residents {

  static final String PERIODS =
      "SELECT person_id, starts_on, ends_on FROM residence_period"
          + " WHERE canton_code = ? AND starts_on <= ? ORDER BY canton_code, person_id, starts_on";

  static final String PEOPLE = "SELECT id, born, died FROM person WHERE id >= ? ORDER BY id";

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  protected Residents() {}

  /** Outside the container (the benchmark): the same queries on a given data source. */
  public Residents(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Hands each resident of the canton up to the date to {@code sink}, one at a time. */
  public void of(CantonCode canton, LocalDate date, Consumer<Resident> sink) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement periods = connection.prepareStatement(PERIODS)) {
      periods.setFetchSize(5_000);
      periods.setString(1, canton.value());
      periods.setDate(2, Date.valueOf(date));
      try (ResultSet rows = periods.executeQuery()) {
        if (rows.next()) {
          try (PreparedStatement people = connection.prepareStatement(PEOPLE)) {
            people.setFetchSize(5_000);
            people.setString(1, rows.getString(1));
            try (ResultSet persons = people.executeQuery()) {
              merge(canton, rows, persons, sink);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the residents of " + canton + " failed", e);
    }
  }

  /** {@code periods} is on its first row; {@code people} starts at or before its person. */
  private static void merge(
      CantonCode canton, ResultSet periods, ResultSet people, Consumer<Resident> sink)
      throws SQLException {
    boolean more = true;
    while (more) {
      String id = periods.getString(1);
      List<ResidencePeriod> mine = new ArrayList<>(2);
      String next = id;
      while (more && id.equals(next)) {
        mine.add(
            new ResidencePeriod(canton, day(periods, 2), Optional.ofNullable(day(periods, 3))));
        more = periods.next();
        next = more ? periods.getString(1) : null;
      }
      String person = null;
      while (person == null || person.compareTo(id) < 0) {
        if (!people.next()) {
          throw new IllegalStateException("no person " + id + " for a residence period");
        }
        person = people.getString(1);
      }
      if (!person.equals(id)) {
        throw new IllegalStateException("no person " + id + " for a residence period");
      }
      sink.accept(new Resident(id, day(people, 2), Optional.ofNullable(day(people, 3)), mine));
    }
  }

  /**
   * A DATE column as text, read as ISO yyyy-mm-dd (Derby's form, and PostgreSQL's under the ISO
   * DateStyle its driver sets): over a million rows, java.sql.Date's conversion through a Calendar
   * for every value costs more than the scan. Anything else goes the slow way.
   */
  static LocalDate day(ResultSet rows, int column) throws SQLException {
    String text = rows.getString(column);
    if (text == null) {
      return null;
    }
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    }
    return rows.getDate(column).toLocalDate();
  }
}
