package org.confederatio.roll;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** Stands in for the end of a current residence, so that open periods compare as dates. */
  private static final LocalDate OPEN = LocalDate.of(9999, 12, 31);

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  /** A person resident in two places on one day. */
  public record DoubleResidence(String person, String canton, String otherCanton, LocalDate from) {}

  public List<DoubleResidence> run(Caller caller) {
    caller.require(Role.ADMIN);
    return em.createQuery(
            "SELECT a.person.id, a.canton, b.canton, b.startsOn FROM Residence a, Residence b"
                + " WHERE a.person = b.person AND a.id < b.id"
                + " AND b.startsOn <= COALESCE(a.endsOn, :open)"
                + " AND a.startsOn <= COALESCE(b.endsOn, :open)"
                + " ORDER BY a.person.id",
            Object[].class)
        .setParameter("open", OPEN)
        .getResultStream()
        .map(
            r -> new DoubleResidence((String) r[0], (String) r[1], (String) r[2], (LocalDate) r[3]))
        .toList();
  }
}
