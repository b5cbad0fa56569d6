package org.confederatio.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * One question to the audit log as JPQL: the reader's canton (for a clerk or policy officer) and
 * the filter, newest first. Entries of another canton are excluded in the query itself, so they are
 * neither shown nor counted.
 */
final class AuditQuery {

  /** Newest first; entries of the same instant in the order they were written. */
  private static final String NEWEST_FIRST = " ORDER BY e.recordedAt DESC, e.id DESC";

  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * {@code onlyCanton} is the reader's canton, or empty for the administrator; days begin at
   * midnight in {@code zone}.
   */
  AuditQuery(AuditFilter filter, Optional<CantonCode> onlyCanton, ZoneId zone) {
    onlyCanton.ifPresent(c -> where("e.canton = :readerCanton", "readerCanton", c.value()));
    filter.canton().ifPresent(c -> where("e.canton = :canton", "canton", c.value()));
    filter.actor().ifPresent(a -> where("e.actor = :actor", "actor", a));
    filter.action().ifPresent(a -> where("e.action = :action", "action", a));
    filter.entityType().ifPresent(t -> where("e.entityType = :entityType", "entityType", t));
    filter.entityId().ifPresent(i -> where("e.entityId = :entityId", "entityId", i));
    filter.person().ifPresent(p -> where("e.person = :person", "person", p.value()));
    filter
        .from()
        .ifPresent(d -> where("e.recordedAt >= :from", "from", d.atStartOfDay(zone).toInstant()));
    filter
        .to()
        .filter(d -> d.isBefore(LAST_DAY)) // its next day has no instant the database keeps
        .ifPresent(
            d -> where("e.recordedAt < :to", "to", d.plusDays(1).atStartOfDay(zone).toInstant()));
  }

  private void where(String condition, String name, Object value) {
    conditions.add(condition);
    parameters.put(name, value);
  }

  long count(EntityManager em) {
    return bind(em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where(""), Long.class))
        .getSingleResult();
  }

  /** A page, newest first. */
  List<AuditEntry> page(EntityManager em, int first, int max) {
    return bind(em.createQuery(
            "SELECT e FROM AuditEntry e" + where("") + NEWEST_FIRST, AuditEntry.class))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * The next {@code max} entries after the one recorded at {@code lastAt} with id {@code lastId} in
   * the order of the log (from the newest when null): a stable walk through the whole result while
   * new entries keep arriving.
   */
  List<AuditEntry> after(EntityManager em, Instant lastAt, Long lastId, int max) {
    boolean first = lastAt == null || lastId == null;
    String clause =
        first ? "" : "(e.recordedAt < :lastAt OR (e.recordedAt = :lastAt AND e.id < :lastId))";
    TypedQuery<AuditEntry> query =
        bind(
            em.createQuery(
                "SELECT e FROM AuditEntry e" + where(clause) + NEWEST_FIRST, AuditEntry.class));
    if (!first) {
      query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
    }
    return query.setMaxResults(max).getResultList();
  }

  private String where(String extra) {
    List<String> all = new ArrayList<>(conditions);
    if (!extra.isEmpty()) {
      all.add(extra);
    }
    return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
