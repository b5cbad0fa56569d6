package org.confederatio.residence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
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

  @Resource(lookup = "jdbc/confederatio")
  private DataSource dataSource;

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

  /**
   * {@link #COVERS} in SQL, for {@link #belonging}: the same text with the columns' names, so that
   * the rule stays written once.
   */
  private static final String COVERS_SQL =
      COVERS
          .replace("r.startsOn", "r.starts_on")
          .replace("r.endsOn", "r.ends_on")
          .replace(":homeDay", "?");

  private static final int COVERS_DAYS = COVERS.split(":homeDay", -1).length - 1;

  private Set<String> belonging(CantonCode canton, FiscalYear year, Collection<String> people) {
    Set<String> found = new HashSet<>();
    if (year.isAfter(calendar.fiscalYear())) {
      return found;
    }
    Date day = Date.valueOf(decidingDay(year));
    List<String> ids = new ArrayList<>(new HashSet<>(people));
    // BELONGS in SQL, driven by the residences of the ids given (an index probe per id) and then
    // their person by key: in JPQL, as EXISTS or as a join, Derby scanned every residence of the
    // register for each chunk (minutes for an import of 100,000 rows of a canton of 800,000). The
    // hints are comments to PostgreSQL, which plans this well by itself.
    try (Connection c = dataSource.getConnection()) {
      for (int from = 0; from < ids.size(); from += CHUNK) {
        List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT p.id FROM --DERBY-PROPERTIES joinOrder=FIXED\n"
                    + " residence_period r --DERBY-PROPERTIES index=RESIDENCE_PERSON_IX\n"
                    + " , person p --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n"
                    + " WHERE r.person_id IN ("
                    + "?,".repeat(chunk.size() - 1)
                    + "?) AND p.id = r.person_id AND r.canton_code = ? AND "
                    + COVERS_SQL)) {
          int i = 0;
          for (String id : chunk) {
            s.setString(++i, id);
          }
          s.setString(++i, canton.value());
          for (int d = 0; d < COVERS_DAYS; d++) {
            s.setDate(++i, day);
          }
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              found.add(r.getString(1));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the register of " + canton + " cannot be read", e);
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

  /**
   * Many people as {@link #view} shows each, with one query per {@value #CHUNK} people rather than
   * one each (the register import records every person it changes so). Keyed by id.
   */
  public Map<String, Person.Summary> views(Caller caller, Collection<Person> people) {
    Map<String, Person.Summary> views = new HashMap<>();
    if (caller.canton().isEmpty()) {
      people.forEach(person -> views.put(person.id(), person.summary()));
      return views;
    }
    CantonCode canton = caller.canton().get();
    Set<String> living =
        belonging(canton, calendar.fiscalYear(), people.stream().map(Person::id).toList());
    people.forEach(
        person -> views.put(person.id(), person.summaryFor(canton, living.contains(person.id()))));
    return views;
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
