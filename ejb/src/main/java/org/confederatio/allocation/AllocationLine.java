package org.confederatio.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/**
 * One line of a computed run (A6-A10), as reports read it. The run's job writes its lines in JDBC
 * batches ({@link RunLedger}, a hot path the scale issue rewrites); everything else reads them as
 * this entity, which has no way to change one: a computed line is final.
 */
@Entity
@Table(name = "allocation_line")
@IdClass(AllocationLine.Key.class)
public class AllocationLine {

  /** A line is one recipient of one run. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    public Long run;
    public String recipient;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(run, k.run)
          && Objects.equals(recipient, k.recipient);
    }

    @Override
    public int hashCode() {
      return Objects.hash(run, recipient);
    }
  }

  @Id
  @Column(name = "run_id")
  private Long run;

  @Id private String recipient;

  @Column(name = "amount_cents")
  private Money amount;

  private long choosers;
  private String expressed;

  @Column(name = "undesignated_share")
  private String undesignatedShare;

  private String renounced;

  @Column(name = "cap_adjustment")
  private String capAdjustment;

  protected AllocationLine() {}

  /** The key of {@code recipient}'s line in run {@code run}. */
  public static Key key(long run, OrganizationId recipient) {
    Key key = new Key();
    key.run = run;
    key.recipient = recipient.value();
    return key;
  }

  public long run() {
    return run;
  }

  public Money amount() {
    return amount;
  }

  public long choosers() {
    return choosers;
  }

  /** The amount the recipient's choosers expressed, exactly (A4). */
  public String expressed() {
    return expressed;
  }

  /** Its share of the undesignated money (A5), less what it renounced (negative). */
  public String undesignatedNet() {
    return new BigDecimal(undesignatedShare).add(new BigDecimal(renounced)).toPlainString();
  }

  public String capAdjustment() {
    return capAdjustment;
  }
}
