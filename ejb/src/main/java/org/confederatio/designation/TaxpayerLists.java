package org.confederatio.designation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Invalid;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.residence.FiscalHome;
import org.confederatio.residence.Person;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;

/**
 * The lists a clerk works from: taxpayers found by name or id, and the designations that do not
 * count.
 */
@Stateless
public class TaxpayerLists {

  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private AuditTrail audit;
  @Inject private FiscalHome home;

  /** A taxpayer found: id, name and assessed tax. */
  public record Found(String taxpayer, String name, String tax) {}

  /** A designation that does not count, with the rule's reason. */
  public record NotCounting(
      String taxpayer, String name, long version, LocalDate madeOn, String shares, String reason) {}

  /** A taxpayer whose designations do not count: their latest, and the reason. */
  private record Uncounted(DesignationRecord latest, String reason) {}

  /** One page of a list. */
  public record Page<T>(List<T> items, int page, int size, long total) {}

  /** How many taxpayers the canton assessed for the year. */
  public long assessed(CantonCode canton, FiscalYear year) {
    return em.createQuery(
            "SELECT COUNT(a) FROM Assessment a WHERE a.canton = :c AND a.year = :y", Long.class)
        .setParameter("c", canton.value())
        .setParameter("y", year.value())
        .getSingleResult();
  }

  /**
   * Assessed taxpayers of the canton and year whose id starts with, or whose name contains, the
   * query.
   */
  public Page<Found> search(
      Caller caller, CantonCode canton, FiscalYear year, String query, int page, int size) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    checkPage(page, size);
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String where =
        " FROM Assessment a, Person p WHERE p.id = a.person AND a.canton = :c AND a.year = :y"
            + " AND (LOWER(p.id) LIKE :prefix OR LOWER(p.name) LIKE :part) AND "
            + FiscalHome.BELONGS;
    long total =
        home.parameters(em.createQuery("SELECT COUNT(a)" + where, Long.class), canton, year)
            .setParameter("c", canton.value())
            .setParameter("y", year.value())
            .setParameter("prefix", escape(q) + "%")
            .setParameter("part", "%" + escape(q) + "%")
            .getSingleResult();
    List<Object[]> rows =
        home.parameters(
                em.createQuery("SELECT a, p" + where + " ORDER BY p.id", Object[].class),
                canton,
                year)
            .setParameter("c", canton.value())
            .setParameter("y", year.value())
            .setParameter("prefix", escape(q) + "%")
            .setParameter("part", "%" + escape(q) + "%")
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    List<Found> found =
        rows.stream()
            .map(
                r -> {
                  Person.Summary p = ((Person) r[1]).summary();
                  return new Found(p.id(), p.name(), ((Assessment) r[0]).tax().toString());
                })
            .toList();
    return new Page<>(found, page, size, total);
  }

  /**
   * Every taxpayer of the canton and year who designated but whose designations do not count under
   * A2, with the reason of their latest (as the allocation will report it). The page read is
   * audited.
   */
  public Page<NotCounting> notCounting(
      Caller caller, CantonCode canton, FiscalYear year, int page, int size) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    checkPage(page, size);
    AllocationPolicy policy = policies.allocationPolicy(canton, year);
    RecipientTable table = new RecipientTable(policy);
    Set<String> assessed =
        new HashSet<>(
            em.createQuery(
                    "SELECT a.person FROM Assessment a WHERE a.canton = :c AND a.year = :y",
                    String.class)
                .setParameter("c", canton.value())
                .setParameter("y", year.value())
                .getResultList());
    List<DesignationRecord> all =
        home.parameters(
                em.createQuery(
                    "SELECT d FROM DesignationRecord d WHERE d.canton = :c AND d.year = :y"
                        + " AND EXISTS (SELECT p FROM Person p WHERE p.id = d.person AND "
                        + FiscalHome.BELONGS
                        + ") ORDER BY d.person, d.id",
                    DesignationRecord.class),
                canton,
                year)
            .setParameter("c", canton.value())
            .setParameter("y", year.value())
            .getResultList();
    List<Uncounted> found = new ArrayList<>();
    int from = 0;
    while (from < all.size()) {
      String person = all.get(from).taxpayer();
      int to = from;
      while (to < all.size() && all.get(to).taxpayer().equals(person)) {
        to++;
      }
      List<DesignationRecord> records = all.subList(from, to);
      Counting.Standing standing = Counting.of(records, policy, table, assessed.contains(person));
      if (standing.counted().isEmpty()) {
        found.add(new Uncounted(records.get(records.size() - 1), standing.describe()));
      }
      from = to;
    }
    // names are looked up for the page shown only
    List<NotCounting> items =
        found.stream()
            .skip((long) page * size)
            .limit(size)
            .map(
                u ->
                    new NotCounting(
                        u.latest().taxpayer(),
                        TaxpayerRecords.person(em, u.latest().taxpayer()).summary().name(),
                        u.latest().id(),
                        u.latest().madeOn(),
                        Shares.format(u.latest().shares()),
                        u.reason()))
            .toList();
    audit.recordAll(
        caller.username(),
        "read-list",
        "Designation",
        items.stream()
            .map(
                n ->
                    new AuditTrail.Change(
                        canton + "/" + year + "/" + n.taxpayer(),
                        AuditScope.of(canton, PersonId.of(n.taxpayer())),
                        null,
                        null))
            .toList());
    return new Page<>(items, page, size, found.size());
  }

  private static void checkPage(int page, int size) {
    if (page < 0) {
      throw new Invalid("page", "is 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new Invalid("size", "is between 1 and " + MAX_PAGE_SIZE);
    }
  }

  private static String escape(String like) {
    return like.replace("%", "").replace("_", "");
  }
}
