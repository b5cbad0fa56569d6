package org.confederatio.roll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.rules.roll.ResidencePeriod;
import org.confederatio.rules.roll.Resident;

/**
 * The translator between the register and the rules: reads, for one canton and date, each person
 * who lived there by then with their dates and their periods in that canton, and nothing else (R3).
 * Rows come as plain values, not managed entities, so a million residents do not fill the
 * persistence context.
 */
@ApplicationScoped
public class Residents {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  protected Residents() {}

  /** Outside the container (the benchmark): the same queries on a given entity manager. */
  public Residents(EntityManager em) {
    this.em = em;
  }

  /** Hands each resident of the canton up to the date to {@code sink}, one at a time. */
  public void of(CantonCode canton, LocalDate date, Consumer<Resident> sink) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(
            "SELECT p.id, p.born, p.died, r.starts_on, r.ends_on FROM residence_period r"
                + " JOIN person p ON p.id = r.person_id"
                + " WHERE r.canton_code = ? AND r.starts_on <= ? ORDER BY p.id, r.starts_on")
        .setParameter(1, canton.value())
        .setParameter(2, Date.valueOf(date))
        .getResultList();
    String current = null;
    LocalDate born = null;
    Optional<LocalDate> died = Optional.empty();
    List<ResidencePeriod> periods = new ArrayList<>();
    for (Object[] row : rows) {
      String id = (String) row[0];
      if (!id.equals(current)) {
        if (current != null) {
          sink.accept(new Resident(current, born, died, periods));
        }
        current = id;
        born = day(row[1]);
        died = Optional.ofNullable(day(row[2]));
        periods = new ArrayList<>();
      }
      periods.add(new ResidencePeriod(canton, day(row[3]), Optional.ofNullable(day(row[4]))));
    }
    if (current != null) {
      sink.accept(new Resident(current, born, died, periods));
    }
  }

  private static LocalDate day(Object value) {
    return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }
}
