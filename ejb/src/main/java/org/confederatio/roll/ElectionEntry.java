package org.confederatio.roll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.RollEntry;

/** One person's frozen outcome in an election's roll. */
@Entity
@Table(name = "election_entry")
@IdClass(ElectionEntry.Key.class)
public class ElectionEntry {

  @Id
  @Column(name = "election_id")
  private Long election;

  @Id
  @Column(name = "person_id")
  private String person;

  @Column(nullable = false, updatable = false)
  private String reason;

  @Column(name = "reason_date", nullable = false, updatable = false)
  private LocalDate reasonDate;

  protected ElectionEntry() {}

  ElectionEntry(Long election, RollEntry entry) {
    this.election = election;
    this.person = entry.personId();
    this.reason = entry.reason().name();
    this.reasonDate = entry.date();
  }

  public RollEntry entry() {
    return new RollEntry(person, Reason.valueOf(reason), reasonDate);
  }

  /** The composite key: election and person. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long election;
    public String person;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(election, k.election)
          && java.util.Objects.equals(person, k.person);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(election, person);
    }
  }
}
