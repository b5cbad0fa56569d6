package org.confederatio.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.Canton;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Violations;
import org.confederatio.organization.Organization;
import org.confederatio.residence.Person;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;

/**
 * The logins of the confederation, kept by the confederal administrator: a clerk or policy officer
 * for a canton, a foundation for an organization, a citizen for their person in the register. The
 * administrator never chooses a password: a random one is generated, shown once, and stored only as
 * a hash; its holder changes it.
 */
@Stateless
public class AccountAdministration {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final int MAX_DISPLAY_NAME = 200;
  private static final int PAGE_MAX = 200;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Passwords passwords;
  @Inject private AuditTrail audit;

  /** What the administrator asks for. Binding fields the role does not take must be empty. */
  public record NewAccount(
      String username,
      String role,
      String displayName,
      String canton,
      String organization,
      String person) {}

  /** The created account and its first password, which is never shown again. */
  public record Issued(Account.Summary account, String initialPassword) {}

  /** Creates a login, refusing every wrong field at once and a username already taken. */
  public Issued create(Caller caller, NewAccount request) {
    caller.require(Role.ADMIN);
    NewAccount given =
        request == null ? new NewAccount(null, null, null, null, null, null) : request;
    Violations v = new Violations();
    v.check(
        given.username() != null && USERNAME.matcher(given.username()).matches(),
        "username",
        "is 2 to 64 characters a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
    Role role = v.parse("role", () -> Role.ofGroupName(requireRole(given.role())));
    String displayName = given.displayName() == null ? "" : given.displayName().strip();
    v.check(!displayName.isEmpty(), "displayName", "is required")
        .check(
            displayName.length() <= MAX_DISPLAY_NAME,
            "displayName",
            "is at most " + MAX_DISPLAY_NAME + " characters");
    CantonCode canton = bindCanton(v, role, given.canton());
    OrganizationId organization = bindOrganization(v, role, given.organization());
    PersonId person = bindPerson(v, role, given.person());
    v.throwIfAny();
    if (em.find(Account.class, given.username()) != null) {
      throw new Conflict("The username '" + given.username() + "' is taken.");
    }
    String password = passwords.generate();
    Account account =
        new Account(
            given.username(), passwords.hash(password), role, displayName, canton, organization);
    if (person != null) {
      account.bindPerson(person);
    }
    em.persist(account);
    audit.record(
        caller.username(),
        "create",
        "Account",
        account.username(),
        AuditScope.confederal(person),
        null,
        account.summary());
    return new Issued(account.summary(), password);
  }

  /** Every login, by username, a page at a time. */
  public List<Account.Summary> list(Caller caller, int page, int size) {
    caller.require(Role.ADMIN);
    int max = Math.max(1, Math.min(size, PAGE_MAX));
    return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
        .setFirstResult(Math.max(0, page) * max)
        .setMaxResults(max)
        .getResultStream()
        .map(Account::summary)
        .toList();
  }

  private static String requireRole(String role) {
    if (role == null
        || !List.of("admin", "clerk", "policy", "citizen", "foundation").contains(role)) {
      throw new IllegalArgumentException("is one of admin, clerk, policy, citizen or foundation");
    }
    return role;
  }

  private CantonCode bindCanton(Violations v, Role role, String code) {
    boolean wanted = role != null && role.boundToCanton();
    if (!wanted) {
      v.check(code == null, "canton", "is only for a clerk or a policy officer");
      return null;
    }
    CantonCode canton = v.parse("canton", () -> CantonCode.of(code));
    v.check(
        canton == null || em.find(Canton.class, canton.value()) != null,
        "canton",
        "is not a registered canton");
    return canton;
  }

  private OrganizationId bindOrganization(Violations v, Role role, String id) {
    boolean wanted = role != null && role.boundToOrganization();
    if (!wanted) {
      v.check(id == null, "organization", "is only for a foundation");
      return null;
    }
    OrganizationId organization = v.parse("organization", () -> OrganizationId.of(id));
    v.check(
        organization == null || em.find(Organization.class, organization.value()) != null,
        "organization",
        "is not a registered organization");
    return organization;
  }

  private PersonId bindPerson(Violations v, Role role, String id) {
    if (role != Role.CITIZEN) {
      v.check(id == null, "person", "is only for a citizen");
      return null;
    }
    // a malformed id is nobody in the register, as an unknown one
    PersonId person = wellFormedOrNull(id);
    v.check(
        person != null && em.find(Person.class, person.value()) != null,
        "person",
        "is not in the register");
    v.check(
        person == null
            || em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.personId = :p", Long.class)
                    .setParameter("p", person.value())
                    .getSingleResult()
                == 0,
        "person",
        "already has a login");
    return person;
  }

  private static PersonId wellFormedOrNull(String id) {
    try {
      return id == null ? null : PersonId.of(id);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
