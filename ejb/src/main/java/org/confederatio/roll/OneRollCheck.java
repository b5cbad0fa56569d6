package org.confederatio.roll;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;

/**
 * R4 — the cross-canton check: anyone with two residences covering the same day, which is the only
 * way to be on two rolls on one date. It must always find nobody; R1 refuses every path to it.
 */
@Stateless
public class OneRollCheck {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  /** A person resident in two places on one day. */
  public record DoubleResidence(String person, String canton, String otherCanton, LocalDate from) {}

  public List<DoubleResidence> run(Caller caller) {
    caller.require(Role.ADMIN);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.person_id, a.canton_code, b.canton_code, b.starts_on FROM residence_period a"
                    + " JOIN residence_period b ON a.person_id = b.person_id AND a.id < b.id"
                    + " WHERE b.starts_on <= COALESCE(a.ends_on, CAST('9999-12-31' AS DATE))"
                    + " AND a.starts_on <= COALESCE(b.ends_on, CAST('9999-12-31' AS DATE))"
                    + " ORDER BY a.person_id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new DoubleResidence(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    r[3] instanceof LocalDate d ? d : ((Date) r[3]).toLocalDate()))
        .toList();
  }
}
