package org.confederatio.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * An organization may receive designations from a canton from a fiscal year, until one once
 * withdrawn.
 */
@Entity
@Table(name = "accreditation")
@IdClass(Accreditation.Key.class)
public class Accreditation {

  @Id
  @Column(name = "organization_id")
  private String organization;

  @Id
  @Column(name = "canton_code")
  private String canton;

  @Id
  @Column(name = "from_year")
  private int fromYear;

  @Column(name = "until_year")
  private Integer untilYear;

  protected Accreditation() {}

  Accreditation(OrganizationId organization, CantonCode canton, FiscalYear fromYear) {
    this.organization = organization.value();
    this.canton = canton.value();
    this.fromYear = fromYear.value();
  }

  public boolean coversYear(FiscalYear year) {
    return fromYear <= year.value() && (untilYear == null || year.value() <= untilYear);
  }

  public boolean open() {
    return untilYear == null;
  }

  /** Ends the accreditation after a fiscal year (the last year it still covers). */
  void withdrawAfter(FiscalYear lastYear) {
    if (lastYear.value() < fromYear) {
      throw new IllegalArgumentException(
          "the last year " + lastYear + " is before the first, " + fromYear);
    }
    untilYear = lastYear.value();
  }

  public Summary summary() {
    return new Summary(organization, canton, fromYear, untilYear);
  }

  /** An accreditation as shown. */
  public record Summary(String organization, String canton, int fromYear, Integer untilYear) {}

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public String organization;
    public String canton;
    public int fromYear;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(organization, k.organization)
          && Objects.equals(canton, k.canton)
          && fromYear == k.fromYear;
    }

    @Override
    public int hashCode() {
      return Objects.hash(organization, canton, fromYear);
    }
  }
}
