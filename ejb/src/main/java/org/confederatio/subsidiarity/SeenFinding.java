package org.confederatio.subsidiarity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * A finding a canton's review has found on some day: once it is no longer found, it counts as
 * resolved.
 */
@Entity
@Table(name = "review_finding_seen")
@NamedQuery(
    name = SeenFinding.OF_CANTON,
    query = "SELECT f FROM SeenFinding f WHERE f.canton = :canton")
@IdClass(SeenFinding.Key.class)
public class SeenFinding {

  /** Every finding a canton's review has found ({@code :canton}, its code). */
  static final String OF_CANTON = "SeenFinding.ofCanton";

  // the code as stored: JPA converts no key attribute
  @Id
  @Column(name = "canton_code")
  private String canton;

  @Id
  @Column(name = "finding_id")
  private String finding;

  @Column(name = "first_seen", nullable = false, updatable = false)
  private LocalDate firstSeen;

  @Column(name = "last_seen", nullable = false)
  private LocalDate lastSeen;

  protected SeenFinding() {}

  SeenFinding(CantonCode canton, String finding, LocalDate on) {
    this.canton = canton.value();
    this.finding = finding;
    this.firstSeen = on;
    this.lastSeen = on;
  }

  public String finding() {
    return finding;
  }

  void seenAgain(LocalDate on) {
    this.lastSeen = on;
  }

  /** The composite key: canton and finding. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String canton;
    public String finding;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(canton, k.canton)
          && Objects.equals(finding, k.finding);
    }

    @Override
    public int hashCode() {
      return Objects.hash(canton, finding);
    }
  }
}
