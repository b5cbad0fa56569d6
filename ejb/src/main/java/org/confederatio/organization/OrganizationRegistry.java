package org.confederatio.organization;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.confederatio.failure.NotFound;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;

/** Reads the register of organizations, a page at a time. */
@Stateless
public class OrganizationRegistry {

  public static final int MAX_PAGE_SIZE = 100;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  /** A page of organizations, by name, optionally of one kind. Pages count from 0. */
  public Page page(Optional<OrganizationKind> kind, int page, int size) {
    new Violations()
        .check(page >= 0, "page", "is 0 or more")
        .check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "is between 1 and " + MAX_PAGE_SIZE)
        .throwIfAny();
    String where = kind.isPresent() ? " WHERE o.kind = :kind" : "";
    TypedQuery<Organization> items =
        em.createQuery(
            "SELECT o FROM Organization o" + where + " ORDER BY o.name, o.id", Organization.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(o) FROM Organization o" + where, Long.class);
    kind.ifPresent(
        k -> {
          items.setParameter("kind", k);
          count.setParameter("kind", k);
        });
    List<Organization.Summary> found =
        items
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultStream()
            .map(Organization::summary)
            .toList();
    return new Page(found, page, size, count.getSingleResult());
  }

  public Organization.Summary find(OrganizationId id) {
    Organization organization = em.find(Organization.class, id.value());
    if (organization == null) {
      throw new NotFound("organization", id);
    }
    return organization.summary();
  }

  /** One page of a longer list, with what a client needs to ask for the next. */
  public record Page(List<Organization.Summary> items, int page, int size, long total) {}
}
