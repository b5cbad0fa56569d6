package org.confederatio.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.PolicyVersion;
import org.confederatio.rules.api.allocation.UndesignatedTreatment;
import org.confederatio.rules.api.allocation.Weighting;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.time.Plausible;

/**
 * A policy version as a policy officer submits it, every field as typed, so that each wrong one is
 * named with what is wrong. Amounts are decimal strings in currency units; the deadline is MM-DD.
 */
public record PolicyDraft(
    Integer validFrom,
    String designableRate,
    String weighting,
    String undesignated,
    String fund,
    List<String> renouncing,
    String cap,
    String minimumPayout,
    Integer maxRecipients,
    String deadline,
    Integer votingAge,
    Integer minResidenceMonths,
    String decisionTitle,
    String decisionAdopted,
    String decisionReference) {

  /** The most recipients one designation may name; more is no longer a choice anyone can check. */
  public static final int MAX_RECIPIENTS = 20;

  /** The decimal places {@code canton_policy.designable_rate} keeps (DECIMAL(7, 6)). */
  public static final int RATE_SCALE = 6;

  /** A draft whose fields all parse and agree with each other. */
  public record Checked(
      PolicyVersion version,
      int votingAge,
      int minResidenceMonths,
      CantonPolicyVersion.Decision decision) {}

  /**
   * Checks every field on its own and the combinations the rules forbid; what needs the database
   * (does the fund exist?) is the service's part.
   */
  Optional<Checked> check(Violations v, LocalDate today) {
    v.check(validFrom != null, "validFrom", "is required: the first fiscal year of the version");
    Plausible.year(v, "validFrom", validFrom);
    // the column keeps six decimal places: more are refused, never rounded
    BigDecimal rate =
        v.parse(
            "designableRate", () -> Notation.decimal(required(designableRate).strip(), RATE_SCALE));
    v.check(
        rate == null || (rate.signum() >= 0 && rate.compareTo(AllocationPolicy.MAX_RATE) <= 0),
        "designableRate",
        "must be between 0 and 0.10 (a fraction of the assessed tax, e.g. 0.008)");
    Weighting w = v.parse("weighting", () -> oneOf(Weighting.class, weighting));
    UndesignatedTreatment u =
        v.parse("undesignated", () -> oneOf(UndesignatedTreatment.class, undesignated));
    Optional<OrganizationId> fundId =
        blank(fund)
            ? Optional.empty()
            : Optional.ofNullable(v.parse("fund", () -> new OrganizationId(fund.strip())));
    if (u == UndesignatedTreatment.FUND) {
      v.check(!blank(fund), "fund", "the FUND treatment needs the id of the fund");
    } else if (u != null) {
      v.check(blank(fund), "fund", "only the FUND treatment names a fund");
    }
    SortedSet<OrganizationId> renouncingIds = new TreeSet<>();
    List<String> given = renouncing == null ? List.of() : renouncing;
    for (int i = 0; i < given.size(); i++) {
      String id = given.get(i);
      OrganizationId parsed =
          v.parse("renouncing[" + i + "]", () -> new OrganizationId(required(id).strip()));
      if (parsed != null) {
        v.check(renouncingIds.add(parsed), "renouncing[" + i + "]", "names " + parsed + " twice");
      }
    }
    v.check(
        renouncingIds.isEmpty() || u == null || u == UndesignatedTreatment.PROPORTIONAL,
        "renouncing",
        "only the PROPORTIONAL treatment shares undesignated money, so only it can be renounced");
    Money capMoney = blank(cap) ? null : v.parse("cap", () -> Money.parse(cap.strip()));
    Money minimum =
        blank(minimumPayout)
            ? Money.ZERO
            : v.parse("minimumPayout", () -> Money.parse(minimumPayout.strip()));
    v.check(
        maxRecipients != null && maxRecipients >= 1 && maxRecipients <= MAX_RECIPIENTS,
        "maxRecipients",
        "must be between 1 and " + MAX_RECIPIENTS);
    MonthDay day = v.parse("deadline", () -> monthDay(deadline));
    v.check(
        votingAge != null && votingAge >= 0 && votingAge <= 150,
        "votingAge",
        "must be between 0 and 150");
    v.check(
        minResidenceMonths != null && minResidenceMonths >= 0 && minResidenceMonths <= 600,
        "minResidenceMonths",
        "must be between 0 and 600 months");
    v.check(
        !blank(decisionTitle) && decisionTitle.strip().length() <= 300,
        "decisionTitle",
        "is required: the title of the canton's decision (at most 300 characters)");
    v.check(
        !blank(decisionReference) && decisionReference.strip().length() <= 500,
        "decisionReference",
        "is required: where the decision can be read (a reference or link, at most 500 characters)");
    LocalDate adopted =
        v.parse("decisionAdopted", () -> Notation.date(required(decisionAdopted).strip()));
    Plausible.adopted(v, "decisionAdopted", adopted, today);
    if (adopted != null && validFrom != null) {
      v.check(
          adopted.getYear() <= validFrom,
          "decisionAdopted",
          "is in "
              + adopted.getYear()
              + ", later than the year the version takes effect ("
              + validFrom
              + ")");
    }
    if (rate == null
        || w == null
        || u == null
        || day == null
        || minimum == null
        || validFrom == null
        || maxRecipients == null
        || votingAge == null
        || minResidenceMonths == null
        || adopted == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Checked(
            new PolicyVersion(
                validFrom,
                rate,
                w,
                u,
                fundId,
                renouncingIds,
                Optional.ofNullable(capMoney),
                minimum,
                maxRecipients,
                day),
            votingAge,
            minResidenceMonths,
            new CantonPolicyVersion.Decision(
                decisionTitle.strip(), adopted, decisionReference.strip())));
  }

  private static MonthDay monthDay(String text) {
    try {
      return MonthDay.parse("--" + required(text).strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "must be a day of the year as MM-DD (e.g. 06-30), not '"
              + Notation.cut(String.valueOf(text))
              + "'");
    }
  }

  private static <E extends Enum<E>> E oneOf(Class<E> type, String value) {
    String given = required(value).strip();
    try {
      return Enum.valueOf(type, given);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "must be one of "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ", not '"
              + Notation.cut(value)
              + "'");
    }
  }

  private static String required(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    return value;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
