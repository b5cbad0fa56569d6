package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.RunRecords;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.money.Money;
import org.confederatio.schema.NativeValues;

/** Reads stored settlements as shown, with their corrections (A12) and the runs they stand on. */
@Stateless
public class SettlementRecords {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private RunRecords runs;

  /** The settlement in force of a body's year, if any (A12). */
  public Optional<Long> inForce(String body, int year) {
    return em.createNativeQuery(
            "SELECT id FROM settlement WHERE body_id = ? AND fiscal_year = ? AND in_force = TRUE")
        .setParameter(1, body)
        .setParameter(2, year)
        .getResultStream()
        .findFirst()
        .map(id -> ((Number) id).longValue());
  }

  public Settlements.View read(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> head =
        em.createNativeQuery(
                "SELECT body_id, fiscal_year, state, contributions_cents, from_allocations_cents,"
                    + " pot_cents, every_member_reached, computed_at, published_at, in_force,"
                    + " superseded_by, superseded_at, superseded_reason FROM settlement WHERE id = ?")
            .setParameter(1, id)
            .getResultList();
    if (head.isEmpty()) {
      throw new NotFound("settlement", id);
    }
    Object[] h = head.get(0);
    Settlements.Correction replacedBy =
        h[10] == null
            ? null
            : new Settlements.Correction(
                ((Number) h[10]).longValue(), instant(h[11]), (String) h[12]);
    return new Settlements.View(
        id,
        (String) h[0],
        ((Number) h[1]).intValue(),
        (String) h[2],
        cents(h[3]),
        cents(h[4]),
        cents(h[5]),
        NativeValues.bool(h[6]),
        instant(h[7]),
        instant(h[8]),
        NativeValues.bool(h[9]),
        replaced(id),
        replacedBy,
        sources(id),
        lines(id));
  }

  /**
   * The settlement a correction replaced (settlements published side by side before A12 all name
   * the last one; the latest of them is shown).
   */
  private Settlements.Correction replaced(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, superseded_at, superseded_reason FROM settlement WHERE superseded_by = ?"
                    + " ORDER BY id DESC")
            .setParameter(1, id)
            .setMaxResults(1)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Settlements.Correction(
                    ((Number) r[0]).longValue(), instant(r[1]), (String) r[2]))
        .orElse(null);
  }

  /** C3 with A12: the runs the settlement took from, each with its corrections. */
  private List<Settlements.RunSource> sources(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT run_id, amount_cents FROM settlement_run WHERE settlement_id = ?"
                    + " ORDER BY run_id")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(
            r -> {
              AllocationRun run = runs.find(((Number) r[0]).longValue());
              AllocationRun.Summary s = runs.summary(run, AllocationRun.State.PUBLISHED);
              return new Settlements.RunSource(
                  s.canton(),
                  s.id(),
                  s.digest(),
                  cents(r[1]),
                  s.inForce(),
                  s.replaces(),
                  s.replacedBy());
            })
        .toList();
  }

  private List<Settlements.LineView> lines(long id) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT canton_code, tax_cents, residents, per_capita,"
                    + " contribution_cents, received_cents, net, after_percent, reached_target FROM settlement_line"
                    + " WHERE settlement_id = ? ORDER BY canton_code")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Settlements.LineView(
                    (String) r[0],
                    cents(r[1]),
                    ((Number) r[2]).longValue(),
                    (String) r[3],
                    cents(r[4]),
                    cents(r[5]),
                    (String) r[6],
                    (String) r[7],
                    NativeValues.bool(r[8])))
        .toList();
  }

  /** The ids of the settlements in force that the canton took part in, by year. */
  public List<Long> inForceOf(String canton) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT s.id FROM settlement s JOIN settlement_line l ON l.settlement_id = s.id"
                    + " WHERE l.canton_code = ? AND s.in_force = TRUE ORDER BY s.fiscal_year, s.id")
            .setParameter(1, canton)
            .getResultList();
    return ids.stream().map(i -> ((Number) i).longValue()).toList();
  }

  private static Instant instant(Object value) {
    return value == null ? null : ((Timestamp) value).toInstant();
  }

  static String cents(Object value) {
    return Money.ofCents(((Number) value).longValue()).toString();
  }
}
