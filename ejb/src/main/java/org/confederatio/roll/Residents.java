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
 * It streams plain JDBC rows, ordered by person along the (person, start) index, so that a canton
 * of a million residents is never held in memory at once.
 */
@ApplicationScoped
public class Residents {

  static final String QUERY =
      "SELECT r.person_id, p.born, p.died, r.starts_on, r.ends_on"
          + " FROM residence_period r JOIN person p ON p.id = r.person_id"
          + " WHERE r.canton_code = ? AND r.starts_on <= ? ORDER BY r.person_id, r.starts_on";

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  protected Residents() {}

  /** Outside the container (the benchmark): the same query on a given data source. */
  public Residents(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Hands each resident of the canton up to the date to {@code sink}, one at a time. */
  public void of(CantonCode canton, LocalDate date, Consumer<Resident> sink) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(QUERY)) {
      statement.setFetchSize(5_000);
      statement.setString(1, canton.value());
      statement.setDate(2, Date.valueOf(date));
      try (ResultSet rows = statement.executeQuery()) {
        stream(canton, rows, sink);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the residents of " + canton + " failed", e);
    }
  }

  private static void stream(CantonCode canton, ResultSet rows, Consumer<Resident> sink)
      throws SQLException {
    String current = null;
    LocalDate born = null;
    Optional<LocalDate> died = Optional.empty();
    List<ResidencePeriod> periods = new ArrayList<>();
    while (rows.next()) {
      String id = rows.getString(1);
      if (!id.equals(current)) {
        if (current != null) {
          sink.accept(new Resident(current, born, died, periods));
        }
        current = id;
        born = rows.getDate(2).toLocalDate();
        died = Optional.ofNullable(rows.getDate(3)).map(Date::toLocalDate);
        periods = new ArrayList<>(2);
      }
      Date ends = rows.getDate(5);
      periods.add(
          new ResidencePeriod(
              canton,
              rows.getDate(4).toLocalDate(),
              Optional.ofNullable(ends).map(Date::toLocalDate)));
    }
    if (current != null) {
      sink.accept(new Resident(current, born, died, periods));
    }
  }
}
