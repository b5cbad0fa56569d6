package org.confederatio.residence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.ResidencePeriod;

/** A residence period of a person in a canton, from a day to a day (open while current). */
@Entity
@Table(name = "residence_period")
public class Residence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "canton_code", nullable = false)
  private String canton;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  protected Residence() {}

  Residence(Person person, CantonCode canton, LocalDate startsOn) {
    this.person = person;
    this.canton = canton.value();
    this.startsOn = startsOn;
  }

  public ResidencePeriod period() {
    return new ResidencePeriod(new CantonCode(canton), startsOn, Optional.ofNullable(endsOn));
  }

  void closeOn(LocalDate lastDay) {
    if (lastDay.isBefore(startsOn)) {
      throw new IllegalArgumentException(
          "the residence " + period() + " cannot end before it starts");
    }
    endsOn = lastDay;
  }

  public Summary summary() {
    return new Summary(canton, startsOn, endsOn);
  }

  /** A period as shown: canton, first and last day (null while current). */
  public record Summary(String canton, LocalDate from, LocalDate to) implements Serializable {}
}
