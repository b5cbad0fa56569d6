package org.confederatio.roll;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * What makes a stored roll stale: each change to the register or to a roll policy stamps the
 * cantons whose rolls it can change, inside the change's own transaction (so on the same
 * connection, and undone with it). {@link StoredRolls} serves a stored roll only while its stamp is
 * its canton's current one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RollStamps {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  /**
   * The register of these cantons changed from {@code from} on: their stored rolls of that day and
   * later are stale. Rolls of earlier days stay in use: a registration, move or death on a day
   * changes no outcome before it (R2 reads only periods begun and deaths happened by the roll's
   * date, and a move closes the current period the day before).
   */
  public void changed(Collection<CantonCode> cantons, LocalDate from) {
    // in code order, so that two changes stamping the same cantons lock them in the same order
    List<CantonCode> ordered =
        cantons.stream().map(CantonCode::value).sorted().distinct().map(CantonCode::of).toList();
    for (CantonCode canton : ordered) {
      long stamp = bump(canton);
      // the rolls of earlier days were right before this change and are right after it
      em.createNativeQuery(
              "UPDATE stored_roll SET stamp = ? WHERE canton_code = ? AND roll_date < ?"
                  + " AND stamp = ?")
          .setParameter(1, stamp)
          .setParameter(2, canton.value())
          .setParameter(3, Date.valueOf(from))
          .setParameter(4, stamp - 1)
          .executeUpdate();
    }
  }

  public void changed(CantonCode canton, LocalDate from) {
    changed(List.of(canton), from);
  }

  /**
   * A register import of {@code canton} committed: every stored roll of the canton is stale, and
   * when the import recorded a death, every canton's (the person may have lived elsewhere before,
   * and is DECEASED on those rolls too).
   */
  public void imported(CantonCode canton, boolean recordedDeaths) {
    if (recordedDeaths) {
      // every canton, in code order; those without a stamp row yet get one
      em.createNativeQuery("UPDATE roll_stamp SET version = version + 1").executeUpdate();
    }
    if (!recordedDeaths || current(canton) == 0) {
      bump(canton);
    }
  }

  private long bump(CantonCode canton) {
    int updated =
        em.createNativeQuery("UPDATE roll_stamp SET version = version + 1 WHERE canton_code = ?")
            .setParameter(1, canton.value())
            .executeUpdate();
    if (updated == 0) {
      // a canton registered after the stamps were introduced: its first change starts it at 1
      em.createNativeQuery("INSERT INTO roll_stamp (canton_code, version) VALUES (?, 1)")
          .setParameter(1, canton.value())
          .executeUpdate();
      return 1;
    }
    return current(canton);
  }

  private long current(CantonCode canton) {
    List<?> rows =
        em.createNativeQuery("SELECT version FROM roll_stamp WHERE canton_code = ?")
            .setParameter(1, canton.value())
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }
}
