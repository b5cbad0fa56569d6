package org.confederatio.subsidiarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * What a canton's review counted on one day, for the dashboard's trend: recorded again during the
 * day whenever what the review is computed from changes, so the last recording of a day stands.
 */
@Entity
@Table(name = "review_day")
@NamedQuery(
    name = ReviewDay.OF_CANTON,
    query = "SELECT d FROM ReviewDay d WHERE d.canton = :canton ORDER BY d.reviewDate")
@IdClass(ReviewDay.Key.class)
public class ReviewDay {

  /** A canton's recorded days, oldest first ({@code :canton}, its code). */
  static final String OF_CANTON = "ReviewDay.ofCanton";

  // the code as stored: JPA converts no key attribute
  @Id
  @Column(name = "canton_code")
  private String canton;

  @Id
  @Column(name = "review_date")
  private LocalDate reviewDate;

  @Column(name = "open_count", nullable = false)
  private int open;

  @Column(name = "justified_count", nullable = false)
  private int justified;

  @Column(name = "resolved_count", nullable = false)
  private int resolved;

  @Column(name = "compliant_count", nullable = false)
  private int compliant;

  protected ReviewDay() {}

  ReviewDay(CantonCode canton, ReviewTrend.Day day) {
    this.canton = canton.value();
    this.reviewDate = day.on();
    count(day);
  }

  /** Today's counts, replacing those recorded earlier on the same day. */
  void count(ReviewTrend.Day day) {
    this.open = day.open();
    this.justified = day.justified();
    this.resolved = day.resolved();
    this.compliant = day.compliant();
  }

  public ReviewTrend.Day day() {
    return new ReviewTrend.Day(reviewDate, open, justified, resolved, compliant);
  }

  /** The composite key: canton and day. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String canton;
    public LocalDate reviewDate;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(canton, k.canton)
          && Objects.equals(reviewDate, k.reviewDate);
    }

    @Override
    public int hashCode() {
      return Objects.hash(canton, reviewDate);
    }
  }
}
