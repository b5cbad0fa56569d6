package org.confederatio.allocation;

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
import javax.sql.DataSource;
import org.confederatio.designation.Counting;
import org.confederatio.designation.Shares;
import org.confederatio.rules.allocation.Aggregates;
import org.confederatio.rules.allocation.Aggregation;
import org.confederatio.rules.allocation.AllocationPolicy;
import org.confederatio.rules.allocation.Designation;
import org.confederatio.rules.allocation.RecipientTable;
import org.confederatio.rules.canton.CantonCode;

/**
 * The translator between the tax register and the rules: streams a canton's assessed taxpayers of a
 * year, each with their designations, into the aggregation (A1-A4) one at a time, so that a canton
 * of a million taxpayers is never held in memory. Of several designations made on one day only the
 * last recorded is passed on: a correction replaces what it corrects.
 */
@ApplicationScoped
public class TaxpayerSource {

  static final String TAXPAYERS = "SELECT a.person_id, a.tax_cents, d.made_on, d.shares FROM assessment a"
      + " LEFT JOIN designation d ON d.canton_code = a.canton_code AND d.fiscal_year = a.fiscal_year"
      + " AND d.person_id = a.person_id WHERE a.canton_code = ? AND a.fiscal_year = ? ORDER BY a.person_id, d.id";

  static final String UNASSESSED = "SELECT DISTINCT d.person_id FROM designation d WHERE d.canton_code = ?"
      + " AND d.fiscal_year = ? AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.canton_code = d.canton_code"
      + " AND a.fiscal_year = d.fiscal_year AND a.person_id = d.person_id)";

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  protected TaxpayerSource() {}

  /** Outside the container (the benchmark): the same queries on a given data source. */
  public TaxpayerSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private record Made(LocalDate madeOn, String shares) {}

  /** A1-A4 over every taxpayer of the canton and year under the policy. */
  public Aggregates aggregate(CantonCode canton, int year, AllocationPolicy policy,
      Aggregation.UndesignatedListener listener) {
    RecipientTable table = new RecipientTable(policy);
    Aggregation aggregation = new Aggregation(policy, table, listener);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement(TAXPAYERS)) {
        s.setFetchSize(5_000);
        s.setString(1, canton.value());
        s.setInt(2, year);
        try (ResultSet rows = s.executeQuery()) {
          stream(rows, table, aggregation);
        }
      }
      try (PreparedStatement s = c.prepareStatement(UNASSESSED)) {
        s.setString(1, canton.value());
        s.setInt(2, year);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            aggregation.addUnassessed(rows.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the taxpayers of " + canton + " for " + year + " failed", e);
    }
    return aggregation.finish();
  }

  private static void stream(ResultSet rows, RecipientTable table, Aggregation aggregation) throws SQLException {
    String current = null;
    long tax = 0;
    List<Made> made = new ArrayList<>(2);
    while (rows.next()) {
      String id = rows.getString(1);
      if (!id.equals(current)) {
        if (current != null) {
          aggregation.add(current, tax, designations(made, table));
        }
        current = id;
        tax = rows.getLong(2);
        made = new ArrayList<>(2);
      }
      Date day = rows.getDate(3);
      if (day != null) {
        made.add(new Made(day.toLocalDate(), rows.getString(4)));
      }
    }
    if (current != null) {
      aggregation.add(current, tax, designations(made, table));
    }
  }

  private static List<Designation> designations(List<Made> made, RecipientTable table) {
    if (made.isEmpty()) {
      return List.of();
    }
    List<Made> choices = made.size() == 1 ? made : Counting.lastOfEachDay(made, Made::madeOn);
    List<Designation> result = new ArrayList<>(choices.size());
    for (Made m : choices) {
      result.add(table.designation(m.madeOn(), Shares.parse(m.shares())));
    }
    return result;
  }
}
