package org.confederatio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.confederatio.rules.api.money.Money;

/**
 * C3 with A12 — what one allocation run, in force when the body was settled, sent to the body: a
 * settlement names the runs it stands on, so a later correction of a run shows.
 */
@Embeddable
public class RunShare {

  @Column(name = "run_id")
  private long run;

  @Column(name = "amount_cents")
  private Money amount;

  protected RunShare() {}

  RunShare(long run, Money amount) {
    this.run = run;
    this.amount = amount;
  }

  long run() {
    return run;
  }

  Money amount() {
    return amount;
  }
}
