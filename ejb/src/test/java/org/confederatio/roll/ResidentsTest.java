package org.confederatio.roll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.ResidencePeriod;
import org.confederatio.rules.api.roll.Resident;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The two ordered scans merged read exactly what the join of periods and people read before (issue
 * 17), on the real migrations and demo data, with people of other cantons between the canton's.
 */
class ResidentsTest {

  private static final CantonCode LAC = CantonCode.of("LAC");
  private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

  private final TestDatabase db = new TestDatabase();

  /** What the former single query (a join ordered by person) gave, grouped by person. */
  private List<Resident> joined() throws SQLException {
    Map<String, List<Object[]>> rows = new LinkedHashMap<>();
    try (Connection c = db.dataSource.getConnection();
        var s =
            c.prepareStatement(
                "SELECT r.person_id, p.born, p.died, r.starts_on, r.ends_on"
                    + " FROM residence_period r JOIN person p ON p.id = r.person_id"
                    + " WHERE r.canton_code = ? AND r.starts_on <= ?"
                    + " ORDER BY r.person_id, r.starts_on")) {
      s.setString(1, LAC.value());
      s.setDate(2, Date.valueOf(DAY));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
              .add(new Object[] {r.getDate(2), r.getDate(3), r.getDate(4), r.getDate(5)});
        }
      }
    }
    List<Resident> residents = new ArrayList<>();
    rows.forEach(
        (id, periods) ->
            residents.add(
                new Resident(
                    id,
                    ((Date) periods.get(0)[0]).toLocalDate(),
                    Optional.ofNullable((Date) periods.get(0)[1]).map(Date::toLocalDate),
                    periods.stream()
                        .map(
                            p ->
                                new ResidencePeriod(
                                    LAC,
                                    ((Date) p[2]).toLocalDate(),
                                    Optional.ofNullable((Date) p[3]).map(Date::toLocalDate)))
                        .toList())));
    return residents;
  }

  @Test
  void theMergedScansReadWhatTheJoinRead() throws SQLException {
    Migrations.apply(db.dataSource, true);
    try (Connection c = db.dataSource.getConnection();
        var s = c.createStatement()) {
      // ids sorting before, between and after the demo's, in other cantons and in Lacus, one who
      // moved within Lacus, one who died, one who arrives after the day
      s.executeUpdate(
          "INSERT INTO person (id, name, born, died) VALUES"
              + " ('A-1', 'Elsewhere', '1970-01-01', NULL), ('B-1', 'Twice here', '1960-01-01', NULL),"
              + " ('P-0001A', 'Dead', '1950-01-01', '2024-01-01'), ('Z-1', 'Later', '1990-01-01', NULL),"
              + " ('Z-2', 'Last', '1991-01-01', NULL), ('a-1', 'Lower case', '1992-01-01', NULL)");
      s.executeUpdate(
          "INSERT INTO residence_period (person_id, canton_code, starts_on, ends_on) VALUES"
              + " ('A-1', 'MON', '2000-01-01', NULL),"
              + " ('B-1', 'LAC', '2010-01-01', '2015-12-31'), ('B-1', 'LAC', '2016-01-01', NULL),"
              + " ('P-0001A', 'LAC', '2000-01-01', '2024-01-01'),"
              + " ('Z-1', 'LAC', '2026-01-01', NULL), ('Z-2', 'LAC', '2001-01-01', NULL),"
              + " ('a-1', 'LAC', '2002-01-01', NULL)");
    }
    List<Resident> merged = new ArrayList<>();

    new Residents(db.dataSource).of(LAC, DAY, merged::add);

    List<Resident> joined = joined();
    assertEquals(joined, merged);
    assertTrue(merged.size() > 5, "the demo's residents and the added ones: " + merged.size());
    assertTrue(merged.stream().noneMatch(r -> r.id().equals("A-1") || r.id().equals("Z-1")));
  }

  @Test
  void aCantonWithoutResidentsReadsNobody() {
    Migrations.apply(db.dataSource, true);
    List<Resident> merged = new ArrayList<>();

    new Residents(db.dataSource).of(CantonCode.of("XYZ"), DAY, merged::add);

    assertEquals(List.of(), merged);
  }
}
