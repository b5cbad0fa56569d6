package org.confederatio.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.failure.AccessRefused;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.time.FiscalCalendar;

/**
 * Reads the audit log. The administrator reads every entry; a clerk or policy officer reads their
 * canton's entries only; citizens and foundations read none. Reading the log is not itself audited
 * (it would record its own reading without end); the reads it shows are.
 *
 * <p>A snapshot is shown only to a reader who may see its content elsewhere: a register record
 * spans every canton the person lived in, so only the administrator sees its snapshots, and a
 * policy officer, who reads no individual's data, sees no snapshot of an entry about a person.
 */
@Stateless
public class AuditLog {

  public static final int MAX_SIZE = 200;
  public static final int DEFAULT_SIZE = 50;
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private FiscalCalendar calendar;

  /** An entry as its reader sees it; {@code withheld} says that its snapshots are not shown. */
  public record Entry(
      long id,
      Instant recordedAt,
      String actor,
      String action,
      String entityType,
      String entityId,
      String canton,
      String person,
      String before,
      String after,
      boolean withheld) {}

  /** One page, newest first, with the number of entries the reader may see in all. */
  public record Page(List<Entry> items, int page, int size, long total) {}

  /** Which page of how many entries; parsed strictly and refused by name. */
  public record Paging(int page, int size) {

    public static Paging parse(String page, String size) {
      Violations v = new Violations();
      int p = number(v, "page", page, 0, "is a page number from 0");
      int s = number(v, "size", size, DEFAULT_SIZE, "is a number of entries from 1 to " + MAX_SIZE);
      v.check(s >= 1 && s <= MAX_SIZE, "size", "is a number of entries from 1 to " + MAX_SIZE);
      v.check((long) p * s <= Integer.MAX_VALUE, "page", "is past the end of any audit log");
      v.throwIfAny();
      return new Paging(p, s);
    }

    private static int number(
        Violations v, String field, String value, int absent, String message) {
      if (value == null || value.isEmpty()) {
        return absent;
      }
      v.check(NUMBER.matcher(value).matches(), field, message);
      return NUMBER.matcher(value).matches() ? Integer.parseInt(value) : absent;
    }
  }

  /** A page of the entries the caller may read that match the filter. */
  public Page page(Caller caller, AuditFilter filter, Paging paging) {
    AuditQuery query = query(caller, filter);
    List<Entry> items =
        query.page(em, paging.page() * paging.size(), paging.size()).stream()
            .map(e -> view(caller, e))
            .toList();
    return new Page(items, paging.page(), paging.size(), query.count(em));
  }

  /**
   * The next {@code max} matching entries after {@code last} in the order of the log (from the
   * newest when null), for an export that walks the whole result a part at a time.
   */
  public List<Entry> after(Caller caller, AuditFilter filter, Entry last, int max) {
    return query(caller, filter)
        .after(
            em,
            last == null ? null : last.recordedAt(),
            last == null ? null : last.id(),
            Math.min(max, MAX_SIZE))
        .stream()
        .map(e -> view(caller, e))
        .toList();
  }

  /** Checks that the caller may read the log at all, and for which canton. */
  public void requireReader(Caller caller, AuditFilter filter) {
    query(caller, filter);
  }

  private AuditQuery query(Caller caller, AuditFilter filter) {
    caller.require(Role.ADMIN, Role.CLERK, Role.POLICY);
    Optional<CantonCode> own =
        caller.role() == Role.ADMIN ? Optional.empty() : Optional.of(caller.canton().orElseThrow());
    filter
        .canton()
        .filter(asked -> own.isPresent() && !own.get().equals(asked))
        .ifPresent(
            asked -> {
              throw new AccessRefused(
                  "You read the audit log of canton " + own.get() + " only, not of " + asked + ".");
            });
    return new AuditQuery(filter, own, calendar.zone());
  }

  private static Entry view(Caller caller, AuditEntry e) {
    boolean shown =
        switch (caller.role()) {
          case ADMIN -> true;
          case CLERK -> !"Person".equals(e.entityType());
          default -> e.person() == null;
        };
    return new Entry(
        e.id(),
        e.recordedAt(),
        e.actor(),
        e.action(),
        e.entityType(),
        e.entityId(),
        e.canton(),
        e.person(),
        shown ? e.before() : null,
        shown ? e.after() : null,
        !shown && (e.before() != null || e.after() != null));
  }
}
