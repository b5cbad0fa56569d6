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
import java.util.function.Function;
import javax.sql.DataSource;
import org.confederatio.designation.Counting;
import org.confederatio.designation.Shares;
import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;

/**
 * The translator between the tax register and the rules: reads a canton's assessed taxpayers of a
 * year in pages, in id order (keyset: each page starts after the last id of the one before), each
 * with the designations they made, so that a canton of a million taxpayers is never held in memory
 * and a batch job can resume after the last taxpayer it counted.
 *
 * <p>A page is two index-ordered scans merged in Java: the assessments, and the designations of the
 * same id range. Whoever designated between the assessed ids without an assessment (A2,
 * NO_ASSESSMENT) is found in the same merge and handed out as {@link Unassessed}, in id order with
 * the taxpayers, so that a run needs no separate anti-join over every designation (on Derby, that
 * query took longer than the whole scan).
 */
@ApplicationScoped
public class TaxpayerSource {

  static final String ASSESSED =
      "SELECT person_id, tax_cents FROM assessment WHERE canton_code = ? AND fiscal_year = ?"
          + " AND person_id > ? ORDER BY person_id FETCH FIRST %d ROWS ONLY";

  static final String DESIGNATED =
      "SELECT person_id, made_on, shares FROM designation WHERE canton_code = ?"
          + " AND fiscal_year = ? AND person_id > ? AND person_id <= ? ORDER BY person_id, id";

  /** The designations after the last assessed id: the last page reads them all. */
  static final String DESIGNATED_AFTER =
      "SELECT person_id, made_on, shares FROM designation WHERE canton_code = ?"
          + " AND fiscal_year = ? AND person_id > ? ORDER BY person_id, id";

  /**
   * Taxpayers per page: two queries per page, so pages large enough that their cost vanishes, and
   * small enough that a page of taxpayers with their designations is a few megabytes.
   */
  public static final int PAGE = 20_000;

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  protected TaxpayerSource() {}

  /** Outside the container (the benchmark): the same queries on a given data source. */
  public TaxpayerSource(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One designation as recorded: the day it was made and its stored shares. */
  public record Made(LocalDate madeOn, String shares) {}

  /** Someone a page holds, in id order: an assessed taxpayer, or an unassessed designator. */
  public sealed interface Entry permits Taxpayer, Unassessed {
    String id();
  }

  /** Someone who designated for the canton and year without being assessed there (A2). */
  public record Unassessed(String id) implements Entry {}

  /** An assessed taxpayer with every designation they made for the year, oldest recorded first. */
  public record Taxpayer(String id, long taxCents, List<Made> made) implements Entry {

    /**
     * The choices the rules see: of several made on one day only the last recorded (a correction).
     */
    public List<Designation> designations(RecipientTable table) {
      return designations(table, Shares::parse);
    }

    /** The same, with a parser of the stored shares that may keep what it parsed (a run's). */
    public List<Designation> designations(
        RecipientTable table, Function<String, List<Share>> shares) {
      if (made.isEmpty()) {
        return List.of();
      }
      List<Made> choices = made.size() == 1 ? made : Counting.lastOfEachDay(made, Made::madeOn);
      List<Designation> result = new ArrayList<>(choices.size());
      for (Made m : choices) {
        result.add(table.designation(m.madeOn(), shares.apply(m.shares())));
      }
      return result;
    }
  }

  /** Up to {@code size} taxpayers whose id comes after {@code after} ("" for the first page). */
  public List<Taxpayer> page(CantonCode canton, FiscalYear year, String after, int size) {
    List<Taxpayer> taxpayers = new ArrayList<>();
    for (Entry e : entries(canton, year, after, size)) {
      if (e instanceof Taxpayer t) {
        taxpayers.add(t);
      }
    }
    return taxpayers;
  }

  /**
   * Up to {@code size} taxpayers whose id comes after {@code after} ("" for the first page), with
   * the unassessed designators between them (and, on the last page, after them), in id order. An
   * empty list when nobody comes after {@code after}.
   */
  public List<Entry> entries(CantonCode canton, FiscalYear year, String after, int size) {
    try (Connection c = dataSource.getConnection()) {
      List<String> ids = new ArrayList<>(Math.min(size, PAGE));
      List<Long> taxes = new ArrayList<>(Math.min(size, PAGE));
      try (PreparedStatement s = c.prepareStatement(String.format(ASSESSED, size))) {
        s.setFetchSize(Math.min(size, PAGE));
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
      // a full page ends at its last taxpayer; the last one (fewer than asked) also takes every
      // designation after it, of people never assessed
      boolean last = ids.size() < size;
      List<Entry> page = new ArrayList<>(ids.size() + 16);
      try (PreparedStatement s = c.prepareStatement(last ? DESIGNATED_AFTER : DESIGNATED)) {
        s.setFetchSize(Math.min(size, PAGE));
        s.setString(1, canton.value());
        s.setInt(2, year.value());
        s.setString(3, after);
        if (!last) {
          s.setString(4, ids.get(ids.size() - 1));
        }
        try (ResultSet rows = s.executeQuery()) {
          // both queries order by the same binary collation (Derby's UCS_BASIC, PostgreSQL's "C"
          // on person_id, see V13), as String.compareTo does
          int i = 0;
          String designator = rows.next() ? rows.getString(1) : null;
          while (i < ids.size() || designator != null) {
            String id = i < ids.size() ? ids.get(i) : null;
            int order = id == null ? 1 : designator == null ? -1 : id.compareTo(designator);
            if (order > 0) {
              // designations of someone not assessed here: not a taxpayer of the pot (A2)
              page.add(new Unassessed(designator));
              String unassessed = designator;
              do {
                designator = rows.next() ? rows.getString(1) : null;
              } while (unassessed.equals(designator));
              continue;
            }
            List<Made> made = List.of();
            if (order == 0) {
              made = new ArrayList<>(2);
              while (id.equals(designator)) {
                made.add(new Made(rows.getDate(2).toLocalDate(), rows.getString(3)));
                designator = rows.next() ? rows.getString(1) : null;
              }
            }
            page.add(new Taxpayer(id, taxes.get(i), made));
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

  /**
   * Hands every assessed taxpayer of the canton and year to {@code sink}, in id order, page by
   * page.
   */
  public void forEach(CantonCode canton, FiscalYear year, Consumer<Taxpayer> sink) {
    forEachEntry(
        canton,
        year,
        e -> {
          if (e instanceof Taxpayer t) {
            sink.accept(t);
          }
        });
  }

  /**
   * Hands everyone of the canton and year to {@code sink}: taxpayers and unassessed, in id order.
   */
  public void forEachEntry(CantonCode canton, FiscalYear year, Consumer<Entry> sink) {
    String after = "";
    for (List<Entry> page = entries(canton, year, after, PAGE);
        !page.isEmpty();
        page = entries(canton, year, after, PAGE)) {
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
    Function<String, List<Share>> shares = new Shares.Reader();
    forEachEntry(
        canton,
        year,
        e -> {
          if (e instanceof Taxpayer t) {
            aggregation.add(t.id(), t.taxCents(), t.designations(table, shares));
          } else {
            aggregation.addUnassessed(e.id());
          }
        });
    return aggregation.finish();
  }
}
