package org.confederatio.canton;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.time.FiscalCalendar;

/**
 * The register of cantons. Anyone signed in may read it; only the confederal administrator adds to
 * it.
 */
@Stateless
public class CantonRegistry {

  static final int MAX_NAME = 120;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;

  public List<Canton.Summary> all() {
    return em.createQuery("SELECT c FROM Canton c ORDER BY c.code", Canton.class)
        .getResultStream()
        .map(Canton::summary)
        .toList();
  }

  public Canton.Summary find(CantonCode code) {
    Canton canton = em.find(Canton.class, code.value());
    if (canton == null) {
      throw new NotFound("canton", code);
    }
    return canton.summary();
  }

  /**
   * A canton as the administrator registers it, each field as typed, so that a malformed code and a
   * missing name are refused together.
   */
  public record NewCanton(String code, String name) {}

  /**
   * Registers a new canton. Refuses a non-admin, a malformed code or name, and a code already
   * taken.
   */
  public Canton.Summary register(Caller caller, NewCanton given) {
    caller.require(Role.ADMIN);
    Violations violations = new Violations();
    CantonCode parsed = violations.parse("code", () -> CantonCode.of(given.code()));
    String trimmed = given.name() == null ? "" : given.name().strip();
    violations
        .check(!trimmed.isEmpty(), "name", "is required")
        .check(trimmed.length() <= MAX_NAME, "name", "is at most " + MAX_NAME + " characters")
        .throwIfAny();
    if (em.find(Canton.class, parsed.value()) != null) {
      throw new Conflict("A canton with the code " + parsed + " is already registered.");
    }
    Canton canton = new Canton(parsed, trimmed, calendar.now());
    em.persist(canton);
    audit.record(
        caller.username(),
        "register",
        "Canton",
        parsed,
        AuditScope.of(parsed),
        null,
        canton.summary());
    return canton.summary();
  }
}
