package org.confederatio.roll;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.failure.NotFound;
import org.confederatio.residence.Person;
import org.confederatio.residence.Residence;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Eligibility;
import org.confederatio.rules.api.roll.Resident;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.time.FiscalCalendar;

/**
 * R5 — a citizen's own view: their residences, today's outcome, and their outcome in each frozen
 * election.
 */
@Stateless
public class RollStatus {

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  @Inject private Rolls rolls;
  @Inject private FiscalCalendar calendar;

  /**
   * The outcome for one canton on one date (null entry when the roll did not consider the person).
   */
  public record Outcome(String canton, LocalDate date, String policyVersion, RollEntry entry) {}

  /** One frozen election and the person's outcome in it. */
  public record InElection(long election, String name, Outcome outcome) {}

  /** Everything a citizen may see of their own roll status. */
  public record Status(
      String person,
      List<Residence.Summary> residences,
      List<Outcome> today,
      List<InElection> elections) {}

  public Status of(Caller caller) {
    caller.require(Role.CITIZEN);
    String personId =
        caller
            .person()
            .orElseThrow(
                () ->
                    new NotFound("person in the register bound to the account", caller.username()));
    Person person = em.find(Person.class, personId);
    if (person == null) {
      throw new NotFound("person", personId);
    }
    Resident resident = person.resident();
    LocalDate today = calendar.today();
    Set<CantonCode> cantons = new LinkedHashSet<>();
    person.residences().forEach(r -> cantons.add(r.period().canton()));
    List<Outcome> now = new ArrayList<>();
    List<InElection> elections = new ArrayList<>();
    for (CantonCode canton : cantons) {
      outcome(resident, canton, today).ifPresent(now::add);
      for (Election election : rolls.elections(canton)) {
        ElectionEntry.Key key = new ElectionEntry.Key();
        key.election = election.id();
        key.person = personId;
        ElectionEntry found = em.find(ElectionEntry.class, key);
        RollEntry frozen = found == null ? null : found.entry();
        elections.add(
            new InElection(
                election.id(),
                election.name(),
                new Outcome(
                    canton.value(), election.referenceDate(), election.policyVersion(), frozen)));
      }
    }
    return new Status(personId, person.summary().residences(), now, elections);
  }

  private Optional<Outcome> outcome(Resident resident, CantonCode canton, LocalDate date) {
    try {
      var policy = rolls.policyOn(canton, date);
      return Eligibility.consider(resident, canton, date, policy)
          .map(e -> new Outcome(canton.value(), date, policy.version(), e));
    } catch (NotFound noPolicy) {
      return Optional.empty();
    }
  }
}
