package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.confederatio.canton.Canton;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.subsidiarity.Candidacy;
import org.confederatio.rules.api.subsidiarity.Finding;

/**
 * The dashboard's trend: each day's counts of a canton's review, and every finding ever seen, so
 * that one seen before and not found any more counts as resolved. Recorded when what the review is
 * computed from changes (in the transaction of that change) and by the daily job; never when the
 * review is read.
 */
@Stateless
public class ReviewTrend {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private SubsidiarityReviews reviews;
  @Inject private Candidacies candidacies;
  @Inject private CantonRegistry cantons;

  /** One day's review counts. */
  public record Day(LocalDate on, int open, int justified, int resolved, int compliant) {}

  /**
   * Records today's review of the cantons a function concerns: its own canton's, or every canton's
   * for a confederal function.
   */
  public void recordFor(FunctionRegister.Summary function) {
    var all = candidacies.all();
    if (function.canton() == null) {
      // in the order of their codes, so that two such recordings never wait for each other
      cantons.all().stream()
          .map(c -> CantonCode.of(c.code()))
          .sorted(java.util.Comparator.comparing(CantonCode::value))
          .forEach(c -> record(c, all));
    } else {
      record(CantonCode.of(function.canton()), all);
    }
  }

  /**
   * Records today's counts and the findings seen. The canton's row is locked first, so two
   * recordings of one canton (a change and the daily job) follow each other instead of both
   * inserting today's row.
   */
  public void record(CantonCode canton) {
    record(canton, candidacies.all());
  }

  private void record(CantonCode canton, List<Candidacy> all) {
    em.find(Canton.class, canton.value(), LockModeType.PESSIMISTIC_WRITE);
    SubsidiarityReviews.ReviewView review = reviews.compute(canton, all);
    Date today = Date.valueOf(review.on());
    for (SubsidiarityReviews.FindingView f : review.findings()) {
      if (em.createNativeQuery(
                  "UPDATE review_finding_seen SET last_seen = ? WHERE canton_code = ? AND finding_id = ?")
              .setParameter(1, today)
              .setParameter(2, canton.value())
              .setParameter(3, f.id())
              .executeUpdate()
          == 0) {
        em.createNativeQuery(
                "INSERT INTO review_finding_seen (canton_code, finding_id, first_seen, last_seen)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, canton.value())
            .setParameter(2, f.id())
            .setParameter(3, today)
            .setParameter(4, today)
            .executeUpdate();
      }
    }
    Day day = today(review);
    if (em.createNativeQuery(
                "UPDATE review_day SET open_count = ?, justified_count = ?, resolved_count = ?,"
                    + " compliant_count = ? WHERE canton_code = ? AND review_date = ?")
            .setParameter(1, day.open())
            .setParameter(2, day.justified())
            .setParameter(3, day.resolved())
            .setParameter(4, day.compliant())
            .setParameter(5, canton.value())
            .setParameter(6, today)
            .executeUpdate()
        == 0) {
      em.createNativeQuery(
              "INSERT INTO review_day (canton_code, review_date, open_count, justified_count,"
                  + " resolved_count, compliant_count) VALUES (?, ?, ?, ?, ?, ?)")
          .setParameter(1, canton.value())
          .setParameter(2, today)
          .setParameter(3, day.open())
          .setParameter(4, day.justified())
          .setParameter(5, day.resolved())
          .setParameter(6, day.compliant())
          .executeUpdate();
    }
  }

  /** Today's counts of a review, resolved ones from the findings seen before; reads only. */
  public Day today(SubsidiarityReviews.ReviewView review) {
    Set<String> now =
        review.findings().stream()
            .map(SubsidiarityReviews.FindingView::id)
            .collect(Collectors.toSet());
    @SuppressWarnings("unchecked")
    List<Object> seen =
        em.createNativeQuery("SELECT finding_id FROM review_finding_seen WHERE canton_code = ?")
            .setParameter(1, review.canton())
            .getResultList();
    int resolved = (int) seen.stream().filter(id -> !now.contains((String) id)).count();
    int open =
        (int) review.findings().stream().filter(f -> f.status() == Finding.Status.OPEN).count();
    return new Day(
        review.on(), open, review.findings().size() - open, resolved, review.compliant().size());
  }

  /** The recorded days of a canton, oldest first. */
  public List<Day> days(CantonCode canton) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT review_date, open_count, justified_count, resolved_count,"
                    + " compliant_count FROM review_day WHERE canton_code = ? ORDER BY review_date")
            .setParameter(1, canton.value())
            .getResultList();
    List<Day> days = new ArrayList<>();
    for (Object[] r : rows) {
      days.add(
          new Day(
              ((Date) r[0]).toLocalDate(),
              ((Number) r[1]).intValue(),
              ((Number) r[2]).intValue(),
              ((Number) r[3]).intValue(),
              ((Number) r[4]).intValue()));
    }
    return days;
  }
}
