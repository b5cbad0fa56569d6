package org.confederatio.web.allocation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.designation.RecipientNames;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * The words and figures of allocation pages: a recipient by its registered name ("the canton" in
 * the reader's language), a canton by its name, and the services' plain amounts ({@code 1234.56})
 * and counts ("fewer than 5") as the reader's locale writes them. The services keep their plain
 * forms for files and the API; only pages come here.
 */
@Named
@RequestScoped
public class AllocationFigures {

  @Inject private RecipientNames recipients;
  @Inject private CantonRegistry cantons;
  @Inject private Formats formats;
  @Inject private Messages messages;

  private final Map<String, String> names = new HashMap<>();

  /** {@code canton} as "the canton", an organization id as the organization's registered name. */
  public String recipient(String id) {
    if (id == null) {
      return "";
    }
    if ("canton".equals(id)) {
      return messages.get("allocation.recipient.canton");
    }
    return recipients.organization(id);
  }

  /** A canton's registered name, for a code such as {@code LAC}. */
  public String canton(String code) {
    if (code == null) {
      return "";
    }
    return names.computeIfAbsent(
        "canton:" + code,
        key -> {
          try {
            return cantons.find(new CantonCode(code)).name();
          } catch (Refusal | IllegalArgumentException gone) {
            return code;
          }
        });
  }

  /** A plain amount from a service ({@code 1234.56}) with the currency, in the reader's locale. */
  public String money(String amount) {
    return amount == null || amount.isBlank() ? "" : formats.decimalMoney(new BigDecimal(amount));
  }

  /**
   * A count as a service gives it: a number, or the words for a count too small to show ({@code
   * fewer than 5}), which become the reader's words.
   */
  public String count(String count) {
    if (count == null || count.isBlank()) {
      return "";
    }
    if (count.chars().allMatch(Character::isDigit)) {
      return formats.count(Long.parseLong(count));
    }
    String smallest = count.replaceAll("\\D", "");
    return messages.format(
        "allocation.fewerThan", smallest.isEmpty() ? 5 : Integer.parseInt(smallest));
  }

  /**
   * A run's policy version, {@code LAC/2024-01-01} or {@code LAC from 2024} (the canton and when it
   * applies from), as "policy in force from 1 Jan 2024" or "... from 2024"; any other form as it
   * is.
   */
  public String policy(String version) {
    if (version == null) {
      return "";
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^\\S+(?: from |/)(\\d{4})(-\\d\\d-\\d\\d)?$")
            .matcher(version);
    if (!m.matches()) {
      return version;
    }
    String from =
        m.group(2) == null
            ? m.group(1)
            : formats.date(java.time.LocalDate.parse(m.group(1) + m.group(2)));
    return messages.format("allocation.policyFrom", from);
  }

  /** True when a plain amount is zero, so that a line's explanation can leave it out. */
  public boolean zero(String amount) {
    return amount == null || amount.isBlank() || new BigDecimal(amount).signum() == 0;
  }
}
