package org.confederatio.allocation;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.confederatio.designation.Counting;
import org.confederatio.designation.Shares;
import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * The translator between the tax register and the rules: reads a canton's assessed taxpayers of a
 * year in pages, in id order (keyset: each page starts after the last id of the one before), each
 * with the designations they made, so that a canton of a million taxpayers is never held in memory
 * and a batch job can resume after the last taxpayer it counted.
 */
@ApplicationScoped
public class TaxpayerSource {

  static final String ASSESSED =
      "SELECT person_id, tax_cents FROM assessment WHERE canton_code = ? AND fiscal_year = ?"
          + " AND person_id > ? ORDER BY person_id FETCH FIRST %d ROWS ONLY";

  static final String DESIGNATED =
      "SELECT person_id, made_on, shares FROM designation WHERE canton_code = ?"
          + " AND fiscal_year = ? AND person_id > ? AND person_id <= ? ORDER BY person_id, id";

  static final String UNASSESSED =
      "SELECT DISTINCT d.person_id FROM designation d WHERE d.canton_code = ?"
          + " AND d.fiscal_year = ? AND NOT EXISTS (SELECT 1 FROM assessment a WHERE a.canton_code = d.canton_code"
          + " AND a.fiscal_year = d.fiscal_year AND a.person_id = d.person_id)";

  private static final int PAGE = 5_000;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  protected TaxpayerSource() {}

  /** Outside the container (the benchmark): the same queries on a given data source. */
  public TaxpayerSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One designation as recorded: the day it was made and its stored shares. */
  public record Made(LocalDate madeOn, String shares) {}

  /** An assessed taxpayer with every designation they made for the year, oldest recorded first. */
  public record Taxpayer(String id, long taxCents, List<Made> made) {

    /**
     * The choices the rules see: of several made on one day only the last recorded (a correction).
     */
    public List<Designation> designations(RecipientTable table) {
      List<Made> choices = made.size() <= 1 ? made : Counting.lastOfEachDay(made, Made::madeOn);
      List<Designation> result = new ArrayList<>(choices.size());
      for (Made m : choices) {
        result.add(table.designation(m.madeOn(), Shares.parse(m.shares())));
      }
      return result;
    }
  }

  /** Up to {@code size} taxpayers whose id comes after {@code after} ("" for the first page). */
  public List<Taxpayer> page(CantonCode canton, FiscalYear year, String after, int size) {
    try (Connection c = dataSource.getConnection()) {
      List<String> ids = new ArrayList<>(size);
      List<Long> taxes = new ArrayList<>(size);
      try (PreparedStatement s = c.prepareStatement(String.format(ASSESSED, size))) {
        s.setString(1, canton.value());
        s.setInt(2, year.value());
        s.setString(3, after);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
            taxes.add(rows.getLong(2));
          }
        }
      }
      if (ids.isEmpty()) {
        return List.of();
      }
      List<Taxpayer> page = new ArrayList<>(ids.size());
      try (PreparedStatement s = c.prepareStatement(DESIGNATED)) {
        s.setFetchSize(size);
        s.setString(1, canton.value());
        s.setInt(2, year.value());
        s.setString(3, after);
        s.setString(4, ids.get(ids.size() - 1));
        try (ResultSet rows = s.executeQuery()) {
          int i = 0;
          List<Made> made = new ArrayList<>(2);
          boolean more = rows.next();
          while (i < ids.size()) {
            String id = ids.get(i);
            // designations of people not assessed here fall between the ids: they are not taxpayers
            // of the pot (A2, NO_ASSESSMENT) and are skipped (both queries order by the same
            // collation)
            while (more && rows.getString(1).compareTo(id) < 0) {
              more = rows.next();
            }
            while (more && rows.getString(1).equals(id)) {
              made.add(new Made(rows.getDate(2).toLocalDate(), rows.getString(3)));
              more = rows.next();
            }
            page.add(new Taxpayer(id, taxes.get(i), made.isEmpty() ? List.of() : made));
            made = new ArrayList<>(2);
            i++;
          }
        }
      }
      return page;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the taxpayers of " + canton + " for " + year + " failed", e);
    }
  }

  /** Everyone who designated for the canton and year without being assessed there (A2). */
  public void unassessed(CantonCode canton, FiscalYear year, Consumer<String> sink) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(UNASSESSED)) {
      s.setString(1, canton.value());
      s.setInt(2, year.value());
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          sink.accept(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the unassessed designations of " + canton + " failed", e);
    }
  }

  /**
   * Hands every assessed taxpayer of the canton and year to {@code sink}, in id order, page by
   * page.
   */
  public void forEach(CantonCode canton, FiscalYear year, Consumer<Taxpayer> sink) {
    String after = "";
    for (List<Taxpayer> page = page(canton, year, after, PAGE);
        !page.isEmpty();
        page = page(canton, year, after, PAGE)) {
      page.forEach(sink);
      after = page.get(page.size() - 1).id();
    }
  }

  /** A1-A4 over every taxpayer of the canton and year under the policy, in one go. */
  public Aggregates aggregate(
      CantonCode canton,
      FiscalYear year,
      AllocationPolicy policy,
      Aggregation.UndesignatedListener listener) {
    RecipientTable table = new RecipientTable(policy);
    Aggregation aggregation = new Aggregation(policy, table, listener);
    forEach(canton, year, t -> aggregation.add(t.id(), t.taxCents(), t.designations(table)));
    unassessed(canton, year, aggregation::addUnassessed);
    return aggregation.finish();
  }
}
