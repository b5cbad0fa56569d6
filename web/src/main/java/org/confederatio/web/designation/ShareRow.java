package org.confederatio.web.designation;

import java.io.Serializable;
import java.math.BigDecimal;
import org.confederatio.designation.DesignationCheck;

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

  DesignationCheck.ShareInput toInput() {
    return new DesignationCheck.ShareInput(recipient, basisPoints(percent));
  }

  static Integer basisPoints(String percent) {
    if (percent == null || percent.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(percent.strip().replace(',', '.')).movePointRight(2).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
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
}
