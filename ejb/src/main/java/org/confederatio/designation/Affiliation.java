package org.confederatio.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;

/**
 * A citizen's affiliation with an organization, from the day they chose it. Special-category data:
 * it pre-fills a designation and is never an input to anything else.
 */
@Entity
@Table(name = "affiliation")
@IdClass(Affiliation.Key.class)
public class Affiliation {

  @Id
  @Column(name = "person_id")
  private String person;

  @Id
  @Column(name = "organization_id")
  private String organization;

  @Column(nullable = false)
  private LocalDate since;

  protected Affiliation() {}

  Affiliation(PersonId person, OrganizationId organization, LocalDate since) {
    this.person = person.value();
    this.organization = organization.value();
    this.since = since;
  }

  boolean isWith(OrganizationId other) {
    return organization.equals(other.value());
  }

  /** One affiliation as shown, with the organization's name. */
  public record Summary(String organization, String name, LocalDate since)
      implements Serializable {}

  /** A person's affiliations, by organization name. */
  static List<Summary> of(EntityManager em, PersonId person) {
    return em.createQuery(
            "SELECT a, o.name FROM Affiliation a, Organization o"
                + " WHERE o.id = a.organization AND a.person = :p ORDER BY o.name",
            Object[].class)
        .setParameter("p", person.value())
        .getResultStream()
        .map(r -> ((Affiliation) r[0]).summary((String) r[1]))
        .toList();
  }

  /** A person's affiliations as entities, to change them. */
  static List<Affiliation> held(EntityManager em, PersonId person) {
    return em.createQuery("SELECT a FROM Affiliation a WHERE a.person = :p", Affiliation.class)
        .setParameter("p", person.value())
        .getResultList();
  }

  private Summary summary(String name) {
    return new Summary(organization, name, since);
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String person;
    public String organization;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(person, k.person)
          && Objects.equals(organization, k.organization);
    }

    @Override
    public int hashCode() {
      return Objects.hash(person, organization);
    }
  }
}
