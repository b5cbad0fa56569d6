package org.confederatio.sharing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.allocation.CorrectionReason;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.ConcurrentWrite;
import org.confederatio.failure.Conflict;
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
      if (e instanceof OptimisticLockException || ConcurrentWrite.lostRace(e)) {
        throw conflict(id);
      }
      throw e;
    }
  }

  /**
   * A12 for settlements: the first published settlement of a body's year is in force; another is a
   * correction that needs a reason and supersedes it. {@code replaces}, when given, is the
   * settlement the administrator saw in force. A publication that raced another finds the row it
   * read changed (its version) or the key on the one in force taken, changes nothing and is
   * refused.
   */
  private Settlements.View publishOrClash(String by, long id, String reason, Long replaces) {
    Settlement draft = records.find(id);
    Settlements.View before = records.read(draft);
    Optional<Settlement> current = records.inForce(draft.body(), draft.year());
    Optional<Long> currentId = current.map(Settlement::id);
    draft.requireDraft();
    if (replaces != null && !currentId.equals(Optional.of(replaces))) {
      throw new Conflict(
          currentId
              .map(c -> "Settlement " + c + " is in force for ")
              .orElse("No settlement is in force for ")
              .concat(before.body() + " " + before.year() + ", not settlement " + replaces)
              .concat(": look at the settlements again before correcting."));
    }
    Optional<String> why =
        CorrectionReason.check(
            reason,
            currentId.map(
                c ->
                    "settlement " + c + " is in force for " + before.body() + " " + before.year()));
    Instant now = calendar.now();
    Settlements.View replacedBefore = current.map(records::read).orElse(null);
    current.ifPresent(
        c -> {
          c.supersede(id, why.orElseThrow(), now);
          // the one in force leaves the key before this one takes it
          em.flush();
        });
    draft.publish(by, now);
    em.flush();
    Settlements.View after = records.read(draft);
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
                c.id(),
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
