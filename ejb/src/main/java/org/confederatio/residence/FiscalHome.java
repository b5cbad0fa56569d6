package org.confederatio.residence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.failure.NotFound;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;

/**
 * Whose a person's fiscal year is (ALLOCATION.md, Inputs): the canton where they reside on 31
 * December of the year, or today for the year in progress, or on the day they died if that came
 * first. Only that canton assesses them for the year and receives their designation, and only its
 * clerks see or enter either. Everything that reads or writes a person's fiscal data asks here —
 * the API, the pages, the imports and the lists — so the rule is written once, as one query
 * predicate ({@link #BELONGS}).
 *
 * <p>A person outside the caller's reach is answered exactly like an unknown one: {@link
 * #NOT_FOUND}, so that a refusal reveals nothing about them.
 */
@Stateless
public class FiscalHome {

  /**
   * The residence {@code r} of person {@code p} covers {@code :homeDay}, or the day they died if
   * that was earlier: the one definition of the deciding residence.
   */
  private static final String COVERS =
      "((r.startsOn <= :homeDay AND (r.endsOn IS NULL OR r.endsOn >= :homeDay))"
          + " OR (p.died IS NOT NULL AND p.died < :homeDay AND r.startsOn <= p.died"
          + " AND (r.endsOn IS NULL OR r.endsOn >= p.died)))";

  /**
   * The fiscal year of person {@code p} belongs to canton {@code :homeCanton}. Lists add it to
   * their own queries and bind it with {@link #parameters}.
   */
  public static final String BELONGS =
      "EXISTS (SELECT r FROM Residence r WHERE r.person = p AND r.canton = :homeCanton AND "
          + COVERS
          + ")";

  private static final int CHUNK = 500;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private FiscalCalendar calendar;

  /** The day that decides whose the year is: 31 December, or today for the year in progress. */
  public LocalDate decidingDay(FiscalYear year) {
    LocalDate endOfYear = LocalDate.of(year.value(), 12, 31);
    LocalDate today = calendar.today();
    return today.isBefore(endOfYear) ? today : endOfYear;
  }

  /** Binds the parameters of {@link #BELONGS} on a query that uses it. */
  public <T> TypedQuery<T> parameters(TypedQuery<T> query, CantonCode canton, FiscalYear year) {
    return query
        .setParameter("homeCanton", canton.value())
        .setParameter("homeDay", decidingDay(year));
  }

  /** The canton the person's fiscal year belongs to, if any (none for a future year). */
  public Optional<CantonCode> of(Person person, FiscalYear year) {
    if (year.isAfter(calendar.fiscalYear())) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT r.canton FROM Residence r JOIN r.person p WHERE p.id = :id AND " + COVERS,
            String.class)
        .setParameter("id", person.id())
        .setParameter("homeDay", decidingDay(year))
        .getResultStream()
        .findFirst()
        .map(CantonCode::of);
  }

  /** Whether the person's fiscal year belongs to the canton. */
  public boolean belongs(PersonId person, CantonCode canton, FiscalYear year) {
    return !belonging(canton, year, List.of(person.value())).isEmpty();
  }

  /**
   * The person, when their fiscal year belongs to the canton; otherwise the same refusal as for an
   * id nobody has.
   */
  public Person require(PersonId person, CantonCode canton, FiscalYear year) {
    Person found = em.find(Person.class, person.value());
    if (found == null || year.isAfter(calendar.fiscalYear()) || !belongs(person, canton, year)) {
      throw notFound(person);
    }
    return found;
  }

  /**
   * Of the given people, those whose fiscal year belongs to the canton (imports check files so).
   */
  public Set<PersonId> belongingOf(
      CantonCode canton, FiscalYear year, Collection<PersonId> people) {
    Set<PersonId> found = new HashSet<>();
    belonging(canton, year, people.stream().map(PersonId::value).toList())
        .forEach(id -> found.add(PersonId.of(id)));
    return found;
  }

  private Set<String> belonging(CantonCode canton, FiscalYear year, Collection<String> people) {
    Set<String> found = new HashSet<>();
    if (year.isAfter(calendar.fiscalYear())) {
      return found;
    }
    List<String> ids = new ArrayList<>(new HashSet<>(people));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
      found.addAll(
          parameters(
                  em.createQuery(
                      "SELECT p.id FROM Person p WHERE p.id IN :ids AND " + BELONGS, String.class),
                  canton,
                  year)
              .setParameter("ids", chunk)
              .getResultList());
    }
    return found;
  }

  /** Whether the person lives in the canton today (a clerk sees their affiliations only then). */
  public boolean livesIn(PersonId person, CantonCode canton) {
    return belongs(person, canton, calendar.fiscalYear());
  }

  /** A person as a clerk sees them, or as an administrator or the person themselves. */
  public Person.Summary view(Caller caller, Person person) {
    if (caller.canton().isEmpty()) {
      return person.summary();
    }
    CantonCode canton = caller.canton().get();
    return person.summaryFor(canton, livesIn(person.personId(), canton));
  }

  /** The refusal for a person who is unknown or outside the caller's reach: one and the same. */
  public static NotFound notFound(PersonId person) {
    return notFound(person.value());
  }

  /** The same for an id as given, which may be malformed: a malformed id is nobody's either. */
  public static NotFound notFound(String person) {
    return new NotFound("person in the register", person);
  }
}
