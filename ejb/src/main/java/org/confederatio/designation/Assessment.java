package org.confederatio.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.confederatio.rules.api.money.Money;

/** A taxpayer's assessed tax for a fiscal year in a canton. */
@Entity
@Table(name = "assessment")
@IdClass(Assessment.Key.class)
public class Assessment {

  /** Canton, fiscal year and taxpayer. */
  public record Key(String canton, int year, String person) implements Serializable {
    public Key() {
      this(null, 0, null);
    }
  }

  @Id
  @Column(name = "canton_code")
  private String canton;

  @Id
  @Column(name = "fiscal_year")
  private int year;

  @Id
  @Column(name = "person_id")
  private String person;

  @Column(name = "tax_cents")
  private long taxCents;

  @Column(name = "recorded_at")
  private Instant recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Assessment() {}

  Assessment(Key key, Money tax, String recordedBy, Instant recordedAt) {
    this.canton = key.canton();
    this.year = key.year();
    this.person = key.person();
    assess(tax, recordedBy, recordedAt);
  }

  void assess(Money tax, String recordedBy, Instant recordedAt) {
    this.taxCents = tax.cents();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Money tax() {
    return Money.ofCents(taxCents);
  }

  /** An assessment as shown; the tax in currency units. */
  public record Summary(
      String canton, int year, String taxpayer, String tax, Instant recordedAt, String recordedBy)
      implements Serializable {}

  public Summary summary() {
    return new Summary(canton, year, person, tax().toString(), recordedAt, recordedBy);
  }
}
