package org.confederatio.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.sharing.Settlement;

/**
 * C6 — one member's line of a settlement. The net position is signed (negative for a net payer), so
 * it is kept in cents rather than as {@link Money}, which is never negative.
 */
@Embeddable
public class SettlementLine {

  @Column(name = "canton_code")
  private CantonCode canton;

  @Column(name = "tax_cents")
  private Money tax;

  private long residents;

  @Column(name = "per_capita_cents")
  private Money perCapita;

  @Column(name = "contribution_cents")
  private Money contribution;

  @Column(name = "received_cents")
  private Money received;

  @Column(name = "net_cents")
  private long netCents;

  @Column(name = "after_percent_of_mean")
  private BigDecimal afterPercentOfMean;

  @Column(name = "reached_target")
  private boolean reachedTarget;

  protected SettlementLine() {}

  SettlementLine(Settlement.Line line) {
    this.canton = line.canton();
    this.tax = line.tax();
    this.residents = line.residents();
    this.perCapita = Money.ofCents(line.perCapita().movePointRight(2).longValueExact());
    this.contribution = line.contribution();
    this.received = line.received();
    this.netCents = line.net().movePointRight(2).longValueExact();
    this.afterPercentOfMean = line.afterPercentOfMean();
    this.reachedTarget = line.reachedTarget();
  }

  CantonCode canton() {
    return canton;
  }

  Settlements.LineView view() {
    return new Settlements.LineView(
        canton.value(),
        tax.toString(),
        residents,
        perCapita.toString(),
        contribution.toString(),
        received.toString(),
        BigDecimal.valueOf(netCents, 2).toPlainString(),
        afterPercentOfMean.toPlainString(),
        reachedTarget);
  }
}
