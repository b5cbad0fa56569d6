package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.RunRecords;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;

/** Reads stored settlements as shown, with their corrections (A12) and the runs they stand on. */
@Stateless
public class SettlementRecords {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private RunRecords runs;

  public Settlement find(long id) {
    Settlement settlement = em.find(Settlement.class, id);
    if (settlement == null) {
      throw new NotFound("settlement", id);
    }
    return settlement;
  }

  /** The settlement in force of a body's year, if any (A12). */
  public Optional<Settlement> inForce(OrganizationId body, FiscalYear year) {
    return em.createQuery(
            "SELECT s FROM Settlement s WHERE s.body = :body AND s.year = :year"
                + " AND s.standing.inForce = TRUE",
            Settlement.class)
        .setParameter("body", body)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  /** A body's settlements of a year, newest first. */
  public List<Settlement> of(OrganizationId body, FiscalYear year) {
    return em.createQuery(
            "SELECT s FROM Settlement s WHERE s.body = :body AND s.year = :year ORDER BY s.id DESC",
            Settlement.class)
        .setParameter("body", body)
        .setParameter("year", year)
        .getResultList();
  }

  /** The settlements in force that the canton took part in, by year. */
  public List<Settlement> inForceOf(CantonCode canton) {
    return em.createQuery(
            "SELECT s FROM Settlement s WHERE s.standing.inForce = TRUE ORDER BY s.year, s.id",
            Settlement.class)
        .getResultStream()
        .filter(s -> s.hasMember(canton))
        .toList();
  }

  public Settlements.View read(long id) {
    return read(find(id));
  }

  public Settlements.View read(Settlement settlement) {
    return settlement.view(replaced(settlement.id()), sources(settlement));
  }

  /**
   * The settlement a correction replaced (settlements published side by side before A12 all name
   * the last one; the latest of them is shown).
   */
  private Settlements.Correction replaced(long id) {
    return em.createQuery(
            "SELECT s FROM Settlement s WHERE s.standing.supersededBy = :id ORDER BY s.id DESC",
            Settlement.class)
        .setParameter("id", id)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(Settlement::asReplaced)
        .orElse(null);
  }

  /** C3 with A12: the runs the settlement took from, each with its corrections. */
  private List<Settlements.RunSource> sources(Settlement settlement) {
    return settlement.runs().stream()
        .map(
            r -> {
              AllocationRun run = runs.find(r.run());
              AllocationRun.Summary s = runs.summary(run, AllocationRun.State.PUBLISHED);
              return new Settlements.RunSource(
                  s.canton(),
                  s.id(),
                  s.digest(),
                  r.amount().toString(),
                  s.inForce(),
                  s.replaces(),
                  s.replacedBy());
            })
        .toList();
  }
}
