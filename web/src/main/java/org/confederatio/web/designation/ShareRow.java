package org.confederatio.web.designation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.designation.DesignationCheck;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.notation.Notation;

/**
 * One line of a designation form: a recipient and its share as a percentage, the way people write
 * it (60, 33.33). The service works in basis points; a percentage with more than two decimals
 * cannot be one and is passed on as missing, so the service names the row.
 */
public class ShareRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String recipient = "";
  private String percent = "";

  public ShareRow() {}

  ShareRow(String recipient, int basisPoints) {
    this.recipient = recipient;
    this.percent = BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString();
  }

  boolean isBlank() {
    return (recipient == null || recipient.isBlank()) && (percent == null || percent.isBlank());
  }

  /** The share as the services take it; a percentage that is not plainly written is refused. */
  DesignationCheck.ShareInput toInput(int index) {
    return new DesignationCheck.ShareInput(
        recipient,
        Violations.parseOrRefuse("shares[" + index + "].basisPoints", () -> basisPoints(percent)));
  }

  /**
   * Basis points from a percentage with at most two decimals ({@code 60}, {@code 33.33}; a comma
   * for the point as the page's languages write it). An exponent, more places or other digits are
   * refused, never rounded.
   */
  static Integer basisPoints(String percent) {
    if (percent == null || percent.isBlank()) {
      return null;
    }
    String number = percent.strip();
    number = number.endsWith("%") ? number.substring(0, number.length() - 1).strip() : number;
    BigDecimal value = Notation.decimal(number.replace(',', '.'), 2);
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException("is a percentage from 0 to 100, not " + percent.strip());
    }
    return value.movePointRight(2).intValueExact();
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getPercent() {
    return percent;
  }

  public void setPercent(String percent) {
    this.percent = percent;
  }

  /**
   * The filled rows of a form as the services take them, numbered as the messages name them (the
   * citizen's form and the clerk's paper form alike).
   */
  static List<DesignationCheck.ShareInput> inputs(List<ShareRow> rows) {
    List<ShareRow> filled = rows.stream().filter(r -> !r.isBlank()).toList();
    List<DesignationCheck.ShareInput> inputs = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      inputs.add(filled.get(i).toInput(i));
    }
    return inputs;
  }
}
