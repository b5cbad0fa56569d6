package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Timestamp;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.allocation.CorrectionReason;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.schema.Contention;
import org.confederatio.time.FiscalCalendar;

/**
 * Publishing a settlement, by the A12 model of allocation runs: at most one published settlement of
 * a body's year is in force, kept by the database's key on (body, year, in force); a correction
 * states a reason and supersedes the one in force.
 */
@Stateless
public class SettlementPublication {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private SettlementRecords records;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  public Settlements.View publish(Caller caller, long id, String reason, Long replaces) {
    caller.require(Role.ADMIN);
    try {
      return publishOrClash(caller.username(), id, reason, replaces);
    } catch (PersistenceException e) {
      if (Contention.lostRace(e)) {
        throw conflict(id);
      }
      throw e;
    }
  }

  /**
   * A12 for settlements: the first published settlement of a body's year is in force; another is a
   * correction that needs a reason and supersedes it. {@code replaces}, when given, is the
   * settlement the administrator saw in force. Each update states the state it expects, so a
   * publication that raced another changes nothing and is refused.
   */
  private Settlements.View publishOrClash(String by, long id, String reason, Long replaces) {
    Settlements.View before = records.read(id);
    if (!before.state().equals("DRAFT")) {
      throw new Conflict(
          "Settlement " + id + " is published already; a published settlement never changes.");
    }
    Optional<Long> current = records.inForce(before.body(), before.year());
    if (replaces != null && !current.equals(Optional.of(replaces))) {
      throw new Conflict(
          current
              .map(c -> "Settlement " + c + " is in force for ")
              .orElse("No settlement is in force for ")
              .concat(before.body() + " " + before.year() + ", not settlement " + replaces)
              .concat(": look at the settlements again before correcting."));
    }
    Optional<String> why =
        CorrectionReason.check(
            reason,
            current.map(
                c ->
                    "settlement " + c + " is in force for " + before.body() + " " + before.year()));
    Timestamp now = Timestamp.from(calendar.now());
    Settlements.View replacedBefore = current.map(records::read).orElse(null);
    if (current.isPresent()
        && em.createNativeQuery(
                    "UPDATE settlement SET in_force = NULL, superseded_by = ?, superseded_at = ?,"
                        + " superseded_reason = ? WHERE id = ? AND in_force = TRUE")
                .setParameter(1, id)
                .setParameter(2, now)
                .setParameter(3, why.orElseThrow())
                .setParameter(4, current.get())
                .executeUpdate()
            == 0) {
      throw conflict(id);
    }
    if (em.createNativeQuery(
                "UPDATE settlement SET state = 'PUBLISHED', in_force = TRUE, published_at = ?,"
                    + " published_by = ? WHERE id = ? AND state = 'DRAFT'")
            .setParameter(1, now)
            .setParameter(2, by)
            .setParameter(3, id)
            .executeUpdate()
        == 0) {
      throw conflict(id);
    }
    Settlements.View after = records.read(id);
    audit.record(
        by,
        current.isPresent() ? "correct" : "publish",
        "Settlement",
        id,
        AuditScope.confederal(),
        before,
        after);
    current.ifPresent(
        c ->
            audit.record(
                by,
                "supersede",
                "Settlement",
                c,
                AuditScope.confederal(),
                replacedBefore,
                records.read(c)));
    return after;
  }

  private static Conflict conflict(long id) {
    return new Conflict(
        "Settlement "
            + id
            + " or the one in force of its body and year was published at the same moment; look"
            + " at them again, then publish as a correction with a reason if it should replace it.");
  }
}
