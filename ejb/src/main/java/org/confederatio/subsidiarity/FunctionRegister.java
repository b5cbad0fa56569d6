package org.confederatio.subsidiarity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Organization;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.rules.api.subsidiarity.PublicFunction;
import org.confederatio.rules.api.subsidiarity.Scope;
import org.confederatio.time.FiscalCalendar;

/**
 * The register of public functions: the administrator keeps the confederal ones, each canton's
 * policy officers keep their canton's. Anyone signed in may read it.
 */
@Stateless
public class FunctionRegister {

  static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private CantonRegistry cantons;
  @Inject private AuditTrail audit;
  @Inject private FiscalCalendar calendar;
  @Inject private ReviewTrend trend;

  /** A function to register, every field as typed. */
  public record NewFunction(
      String id,
      String name,
      String description,
      String level,
      String scope,
      Boolean coercive,
      String operator,
      List<String> delegatedBy) {}

  /** A function as shown. */
  public record Summary(
      String id,
      String name,
      String description,
      Level level,
      String canton,
      String operator,
      Scope scope,
      boolean coercive,
      List<String> delegatedBy) {

    /** Whose the audit entries about the function are: its canton's, or the administrator's. */
    public AuditScope auditScope() {
      return canton == null ? AuditScope.confederal() : AuditScope.of(CantonCode.of(canton));
    }
  }

  /** The canton's own functions and the confederation's, by id. */
  public List<Summary> of(CantonCode canton) {
    return registerOf(canton).stream().map(RegisteredFunction::summary).toList();
  }

  /** The functions a canton's review covers: its own and the confederation's, by id. */
  public List<RegisteredFunction> registerOf(CantonCode canton) {
    cantons.find(canton);
    return em.createNamedQuery(RegisteredFunction.REGISTER_OF, RegisteredFunction.class)
        .setParameter("canton", canton)
        .getResultList();
  }

  public Summary find(String id) {
    return function(id).summary();
  }

  private RegisteredFunction function(String id) {
    RegisteredFunction found = id == null ? null : em.find(RegisteredFunction.class, id);
    if (found == null) {
      throw new NotFound("public function", id);
    }
    return found;
  }

  /**
   * Registers a function in a canton's register: a confederal one by the administrator, with the
   * cantons that delegated it; a cantonal or commons one by a policy officer of that canton.
   */
  public Summary register(Caller caller, CantonCode canton, NewFunction f) {
    cantons.find(canton);
    NewFunction in =
        f == null ? new NewFunction(null, null, null, null, null, null, null, null) : f;
    Violations v = new Violations();
    Level level = v.oneOf("level", Level.class, in.level());
    if (level == Level.CONFEDERAL) {
      caller.require(Role.ADMIN);
    } else {
      caller.requireCanton(canton, Role.POLICY);
    }
    v.check(
        in.id() != null && ID.matcher(in.id()).matches(),
        "id",
        "is 2 to 64 lowercase letters, digits and '-'");
    v.check(
        in.name() != null && !in.name().isBlank() && in.name().length() <= 200,
        "name",
        "is required (at most 200 characters)");
    v.check(
        in.description() == null || in.description().length() <= 2000,
        "description",
        "is at most 2000 characters");
    Scope scope = v.oneOf("scope", Scope.class, in.scope());
    v.check(
        in.coercive() != null,
        "coercive",
        "is required: whether the function needs coercive authority");
    if (level == Level.COMMONS) {
      v.check(
          in.operator() != null && em.find(Organization.class, in.operator()) != null,
          "operator",
          "is required for a commons function: a registered organization that runs it");
    } else {
      v.check(
          in.operator() == null || in.operator().isBlank(),
          "operator",
          "only a commons function names one");
    }
    List<String> delegated = in.delegatedBy() == null ? List.of() : in.delegatedBy();
    if (level != Level.CONFEDERAL) {
      v.check(
          delegated.isEmpty(), "delegatedBy", "only a confederal function is delegated by cantons");
    }
    Set<String> delegations = new TreeSet<>();
    for (int i = 0; i < delegated.size(); i++) {
      String code = delegated.get(i);
      v.check(
          code != null && cantons.all().stream().anyMatch(c -> c.code().equals(code)),
          "delegatedBy[" + i + "]",
          "'" + (code == null ? "" : Violations.cut(code)) + "' is not a canton");
      delegations.add(code);
    }
    v.throwIfAny();
    if (em.find(RegisteredFunction.class, in.id()) != null) {
      throw new Conflict("A public function with the id '" + in.id() + "' is registered already.");
    }
    RegisteredFunction function =
        new RegisteredFunction(
            new PublicFunction(
                in.id(),
                in.name().strip(),
                level,
                level == Level.CONFEDERAL ? Optional.empty() : Optional.of(canton),
                level == Level.COMMONS
                    ? Optional.of(OrganizationId.of(in.operator()))
                    : Optional.empty(),
                scope,
                in.coercive(),
                Set.copyOf(delegations.stream().map(CantonCode::of).toList())),
            in.description(),
            calendar.now(),
            caller.username());
    em.persist(function);
    em.flush();
    Summary created = function.summary();
    audit.record(
        caller.username(),
        "register",
        "PublicFunction",
        in.id(),
        created.auditScope(),
        null,
        created);
    trend.recordFor(created);
    return created;
  }
}
