package org.confederatio.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.allocation.AllocationLine;
import org.confederatio.allocation.AllocationRun;
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

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

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
    var query =
        em.createQuery(
                "SELECT r, l FROM AllocationRun r, AllocationLine l"
                    + " WHERE l.run = r.id AND r.standing.inForce = TRUE AND l.recipient = :org"
                    + (year.isEmpty() ? "" : " AND r.year = :year")
                    + " ORDER BY r.year, r.canton",
                Object[].class)
            .setParameter("org", id.value());
    year.ifPresent(y -> query.setParameter("year", y.value()));
    for (Object[] row : query.getResultList()) {
      AllocationRun run = (AllocationRun) row[0];
      AllocationLine line = (AllocationLine) row[1];
      total += line.amount().cents();
      lines.add(
          new Line(
              run.canton().value(),
              run.year(),
              run.id(),
              line.amount().toString(),
              count(line.choosers()),
              line.expressed(),
              line.undesignatedNet(),
              line.capAdjustment(),
              run.digest(),
              run.publishedAt(),
              replaced(run.id(), id)));
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

  /**
   * The run a correction replaced, with the organization's amount there (none if it had no line).
   * Runs published side by side before A12 all name the last one; the latest of them is shown.
   */
  private Replaced replaced(long run, OrganizationId organization) {
    return em.createQuery(
            "SELECT s FROM AllocationRun s WHERE s.standing.supersededBy = :run ORDER BY s.id DESC",
            AllocationRun.class)
        .setParameter("run", run)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            s ->
                new Replaced(
                    s.id(),
                    s.digest(),
                    Optional.ofNullable(
                            em.find(AllocationLine.class, AllocationLine.key(s.id(), organization)))
                        .map(AllocationLine::amount)
                        .orElse(Money.ZERO)
                        .toString(),
                    s.supersededReason()))
        .orElse(null);
  }

  static String count(long choosers) {
    return choosers < SMALLEST_COUNT_SHOWN
        ? "fewer than " + SMALLEST_COUNT_SHOWN
        : Long.toString(choosers);
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
