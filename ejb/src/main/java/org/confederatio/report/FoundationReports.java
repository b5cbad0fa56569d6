package org.confederatio.report;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.confederatio.access.Caller;
import org.confederatio.files.CsvExport;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/**
 * A foundation's report: for each canton and year, the line of the run in force (A12) for its
 * organization, and for a correction the run it replaced with its digest and the organization's
 * amount there. Drafts never appear. Only the organization's own foundation (or an administrator)
 * reads it.
 */
@Stateless
public class FoundationReports {

  /**
   * Below this many choosers a count is shown as "fewer than 5", so no small group can be singled
   * out.
   */
  public static final int SMALLEST_COUNT_SHOWN = 5;

  static final String LINES =
      "SELECT r.id, r.canton_code, r.fiscal_year, r.digest, r.published_at, l.amount_cents,"
          + " l.choosers, l.expressed, l.undesignated_share, l.renounced, l.cap_adjustment"
          + " FROM allocation_run r JOIN allocation_line l ON l.run_id = r.id"
          + " WHERE r.in_force = TRUE AND l.recipient = ?";

  /**
   * The run a correction replaced, with the organization's amount there (none if it had no line).
   * Runs published side by side before A12 all name the last one; the latest of them is shown.
   */
  static final String REPLACED =
      "SELECT s.id, s.digest, s.superseded_reason, l.amount_cents FROM allocation_run s"
          + " LEFT JOIN allocation_line l ON l.run_id = s.id AND l.recipient = ?"
          + " WHERE s.superseded_by = ? ORDER BY s.id DESC";

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

  @Inject private OrganizationRegistry organizations;

  /** One canton's year: amounts in currency units, the explanation to six decimals. */
  public record Line(
      String canton,
      int year,
      long run,
      String amount,
      String choosers,
      String expressed,
      String undesignatedShare,
      String capAdjustment,
      String digest,
      Instant publishedAt,
      Replaced replaces) {}

  /** The run a correction replaced (A12): its id and digest, the amount there, and the reason. */
  public record Replaced(long run, String digest, String amount, String reason) {}

  /** The whole report, with its period (first and last year) and total. */
  public record Report(
      String organization,
      String name,
      Integer year,
      Integer firstYear,
      Integer lastYear,
      String total,
      List<Line> lines) {}

  /** {@code year}: one year's lines, or every year's when empty. */
  public Report report(Caller caller, OrganizationId id, Optional<FiscalYear> year) {
    caller.requireOrganization(id);
    String name = organizations.find(id).name();
    List<Line> lines = new ArrayList<>();
    long total = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                LINES
                    + (year.isEmpty() ? "" : " AND r.fiscal_year = ?")
                    + " ORDER BY r.fiscal_year, r.canton_code")) {
      s.setString(1, id.value());
      if (year.isPresent()) {
        s.setInt(2, year.get().value());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long cents = r.getLong(6);
          total += cents;
          lines.add(
              new Line(
                  r.getString(2),
                  r.getInt(3),
                  r.getLong(1),
                  Money.ofCents(cents).toString(),
                  count(r.getLong(7)),
                  r.getString(8),
                  sum(r.getString(9), r.getString(10)),
                  r.getString(11),
                  r.getString(4),
                  r.getTimestamp(5).toInstant(),
                  replaced(c, r.getLong(1), id)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the report of " + id + " failed", e);
    }
    Integer first = lines.stream().map(Line::year).min(Integer::compare).orElse(null);
    Integer last = lines.stream().map(Line::year).max(Integer::compare).orElse(null);
    return new Report(
        id.value(),
        name,
        year.map(FiscalYear::value).orElse(null),
        first,
        last,
        Money.ofCents(total).toString(),
        lines);
  }

  private static Replaced replaced(Connection c, long run, OrganizationId organization)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(REPLACED)) {
      s.setString(1, organization.value());
      s.setLong(2, run);
      s.setMaxRows(1);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        long cents = r.getLong(4);
        return new Replaced(
            r.getLong(1),
            r.getString(2),
            r.wasNull() ? Money.ofCents(0).toString() : Money.ofCents(cents).toString(),
            r.getString(3));
      }
    }
  }

  static String count(long choosers) {
    return choosers < SMALLEST_COUNT_SHOWN
        ? "fewer than " + SMALLEST_COUNT_SHOWN
        : Long.toString(choosers);
  }

  /** Its share of undesignated money: what A5 gave it, less what it renounced (negative). */
  private static String sum(String share, String renounced) {
    return new BigDecimal(share).add(new BigDecimal(renounced)).toPlainString();
  }

  /** The report as CSV, one line per canton and year. */
  public static String csv(Report report) {
    CsvExport out =
        new CsvExport(
            "canton,year,amount,choosers,expressed,undesignated_share,cap_adjustment,run,digest,"
                + "replaces_run,replaces_digest");
    for (Line l : report.lines()) {
      out.row(
          l.canton(),
          l.year(),
          l.amount(),
          l.choosers(),
          l.expressed(),
          l.undesignatedShare(),
          l.capAdjustment(),
          l.run(),
          l.digest(),
          l.replaces() == null ? "" : Long.toString(l.replaces().run()),
          l.replaces() == null ? "" : l.replaces().digest());
    }
    return out.toString();
  }
}
