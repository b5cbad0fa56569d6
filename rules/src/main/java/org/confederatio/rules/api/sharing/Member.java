package org.confederatio.rules.api.sharing;

import java.math.BigDecimal;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.money.Money;

/**
 * A member canton of a body in one fiscal year: its rate, its total assessed tax {@code T} and its
 * residents {@code P} on 31 December.
 */
public record Member(CantonCode canton, BigDecimal rate, Money tax, long residents) {

  public Member {
    if (residents <= 0) {
      throw new IllegalArgumentException(
          "canton "
              + canton
              + " has no residents on 31 December; per-capita"
              + " resources cannot be computed, so it cannot take part in a settlement");
    }
  }
}
