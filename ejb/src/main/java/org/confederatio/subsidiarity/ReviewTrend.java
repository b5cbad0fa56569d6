package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    Map<String, SeenFinding> seen = new HashMap<>();
    seen(canton).forEach(f -> seen.put(f.finding(), f));
    for (SubsidiarityReviews.FindingView f : review.findings()) {
      SeenFinding before = seen.get(f.id());
      if (before == null) {
        em.persist(new SeenFinding(canton, f.id(), review.on()));
      } else {
        before.seenAgain(review.on());
      }
    }
    Day day = today(review, seen.keySet());
    ReviewDay.Key key = new ReviewDay.Key();
    key.canton = canton.value();
    key.reviewDate = review.on();
    ReviewDay recorded = em.find(ReviewDay.class, key);
    if (recorded == null) {
      em.persist(new ReviewDay(canton, day));
    } else {
      recorded.count(day);
    }
  }

  /** Today's counts of a review, resolved ones from the findings seen before; reads only. */
  public Day today(SubsidiarityReviews.ReviewView review) {
    return today(
        review,
        seen(CantonCode.of(review.canton())).stream()
            .map(SeenFinding::finding)
            .collect(Collectors.toSet()));
  }

  private static Day today(SubsidiarityReviews.ReviewView review, Set<String> seenBefore) {
    Set<String> now =
        review.findings().stream()
            .map(SubsidiarityReviews.FindingView::id)
            .collect(Collectors.toSet());
    int resolved = (int) seenBefore.stream().filter(id -> !now.contains(id)).count();
    int open =
        (int) review.findings().stream().filter(f -> f.status() == Finding.Status.OPEN).count();
    return new Day(
        review.on(), open, review.findings().size() - open, resolved, review.compliant().size());
  }

  private List<SeenFinding> seen(CantonCode canton) {
    return em.createNamedQuery(SeenFinding.OF_CANTON, SeenFinding.class)
        .setParameter("canton", canton.value())
        .getResultList();
  }

  /** The recorded days of a canton, oldest first. */
  public List<Day> days(CantonCode canton) {
    return em.createNamedQuery(ReviewDay.OF_CANTON, ReviewDay.class)
        .setParameter("canton", canton.value())
        .getResultStream()
        .map(ReviewDay::day)
        .toList();
  }
}
