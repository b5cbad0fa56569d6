package org.confederatio.designation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.failure.NotFound;
import org.confederatio.residence.Person;

/** Finding a taxpayer's records: the person, their assessment and their designations of a year. */
final class TaxpayerRecords {

  private TaxpayerRecords() {}

  /** The person bound to a citizen's account. */
  static Person citizen(EntityManager em, Caller caller) {
    caller.require(Role.CITIZEN);
    return person(
        em,
        caller
            .person()
            .orElseThrow(
                () ->
                    new NotFound(
                        "person in the register bound to the account", caller.username())));
  }

  static Person person(EntityManager em, String id) {
    Person person = id == null ? null : em.find(Person.class, id);
    if (person == null) {
      throw new NotFound("person in the register", id);
    }
    return person;
  }

  /**
   * The person, locked until the transaction ends: two saves of their designation never interleave.
   */
  static Person locked(EntityManager em, String id) {
    Person person = person(em, id);
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
    return person;
  }

  static Optional<Assessment> assessment(EntityManager em, Assessment.Key key) {
    return Optional.ofNullable(em.find(Assessment.class, key));
  }

  /** Every designation of the taxpayer for the canton and year, oldest recorded first. */
  static List<DesignationRecord> designations(EntityManager em, Assessment.Key key) {
    return em.createQuery(
            "SELECT d FROM DesignationRecord d WHERE d.canton = :c AND d.year = :y AND d.person = :p"
                + " ORDER BY d.id",
            DesignationRecord.class)
        .setParameter("c", key.canton())
        .setParameter("y", key.year())
        .setParameter("p", key.person())
        .getResultList();
  }
}
