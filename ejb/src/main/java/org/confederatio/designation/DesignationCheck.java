package org.confederatio.designation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.confederatio.failure.Invalid;
import org.confederatio.organization.Accreditations;
import org.confederatio.organization.Choosability;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * A2 at entry: the rules module decides whether a designation would count; this class only says,
 * for a person to fix it, which field is wrong. One check serves the citizen's form, the clerk's
 * entry and every row of an import.
 */
public final class DesignationCheck {

  /** A share as typed: any field may be missing or malformed. */
  public record ShareInput(String recipient, Integer basisPoints) {}

  /**
   * Names a field of the input: the API's {@code shares[0].recipient}, or a file's line and column.
   */
  public interface Fields {
    String shares();

    String recipient(int index);

    String basisPoints(int index);

    String madeOn();
  }

  private final AllocationPolicy policy;
  private final RecipientTable table;
  private final Accreditations accreditations;

  /**
   * {@code accreditations} explains why an organization the policy does not accredit cannot be
   * chosen (unknown, suspended, not accredited here); it is asked only when a check fails.
   */
  public DesignationCheck(AllocationPolicy policy, Accreditations accreditations) {
    this.policy = policy;
    this.table = new RecipientTable(policy);
    this.accreditations = accreditations;
  }

  public AllocationPolicy policy() {
    return policy;
  }

  /**
   * The shares if the designation would count, else every problem found, rule A2 first: a
   * designation made now, by the taxpayer, which the deadline closes.
   */
  public Optional<List<Share>> check(
      List<ShareInput> input, LocalDate madeOn, Fields fields, List<Invalid.Violation> problems) {
    return check(input, madeOn, fields, problems, true);
  }

  /**
   * The same for the record of a designation the taxpayer made on paper, entered by a clerk or
   * imported: one made after the deadline is still recorded, as it was made, and counts as late
   * (A2) in the taxpayer's standing and the allocation's undesignated reasons.
   */
  public Optional<List<Share>> checkRecord(
      List<ShareInput> input, LocalDate madeOn, Fields fields, List<Invalid.Violation> problems) {
    return check(input, madeOn, fields, problems, false);
  }

  private Optional<List<Share>> check(
      List<ShareInput> input,
      LocalDate madeOn,
      Fields fields,
      List<Invalid.Violation> problems,
      boolean refuseLate) {
    int before = problems.size();
    List<Share> shares = new ArrayList<>();
    if (input == null || input.isEmpty()) {
      problems.add(
          new Invalid.Violation(
              fields.shares(),
              "A2: name at least one recipient, with shares that sum to"
                  + " 10,000 basis points (100 %)"));
      return Optional.empty();
    }
    for (int i = 0; i < input.size(); i++) {
      ShareInput s = input.get(i);
      if (s == null || s.recipient() == null || s.recipient().isBlank()) {
        problems.add(
            new Invalid.Violation(
                fields.recipient(i), "is required: an organization id or 'canton'"));
        continue;
      }
      Recipient recipient;
      try {
        recipient = Recipient.of(s.recipient().strip());
      } catch (IllegalArgumentException e) {
        problems.add(new Invalid.Violation(fields.recipient(i), e.getMessage()));
        continue;
      }
      if (s.basisPoints() == null) {
        problems.add(
            new Invalid.Violation(
                fields.basisPoints(i), "is required, in basis points (100 % = 10000)"));
        continue;
      }
      shares.add(new Share(recipient, s.basisPoints()));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    // a late record is judged on everything but its lateness, which A2 reports when it counts
    LocalDate judged =
        refuseLate || !madeOn.isAfter(policy.deadline()) ? madeOn : policy.deadline();
    Optional<Designation.Defect> defect = table.designation(judged, shares).locate(policy);
    if (defect.isEmpty()) {
      return Optional.of(shares);
    }
    problems.add(explain(defect.get(), shares, madeOn, fields));
    return Optional.empty();
  }

  /** A2's finding in words, on the field it names. */
  private Invalid.Violation explain(
      Designation.Defect defect, List<Share> shares, LocalDate madeOn, Fields fields) {
    int i = defect.share();
    String field =
        switch (defect.field()) {
          case MADE_ON -> fields.madeOn();
          case SHARES -> fields.shares();
          case RECIPIENT -> fields.recipient(i);
          case BASIS_POINTS -> fields.basisPoints(i);
        };
    String where = " in canton " + policy.canton() + " for " + policy.year();
    String message =
        switch (defect.reason()) {
          case LATE ->
              "the deadline for designations"
                  + where
                  + " was "
                  + policy.deadline()
                  + "; a designation made on "
                  + madeOn
                  + " is late and cannot be made or changed";
          case TOO_MANY_RECIPIENTS ->
              "at most "
                  + policy.maxRecipients()
                  + " recipient(s) are allowed"
                  + where
                  + "; this designation names "
                  + shares.size();
          case UNACCREDITED_RECIPIENT -> whyNotChoosable(shares.get(i));
          case DUPLICATE_RECIPIENT ->
              "'" + shares.get(i).recipient() + "' appears twice; give each recipient one share";
          case BAD_SHARES ->
              i == Designation.Defect.WHOLE
                  ? "the shares sum to "
                      + shares.stream().mapToLong(Share::basisPoints).sum()
                      + " basis points; they must sum to exactly 10000 (100 %)"
                  : "a share must be positive, not " + shares.get(i).basisPoints();
          default -> "this designation would not count (" + defect.reason() + ")";
        };
    return new Invalid.Violation(field, "A2: " + message);
  }

  private String whyNotChoosable(Share share) {
    String id = share.recipient().id();
    FiscalYear year = FiscalYear.of(policy.year());
    Choosability choosability =
        accreditations.choosability(OrganizationId.of(id), policy.canton(), year);
    // the policy was read a moment ago: an organization accredited since is still refused by it
    return (choosability.choosable() ? Choosability.UNACCREDITED : choosability)
        .explain(id, policy.canton(), year);
  }

  /** The API's field names: {@code shares[1].basisPoints}. */
  public static Fields json(String madeOnField) {
    return new Fields() {
      public String shares() {
        return "shares";
      }

      public String recipient(int i) {
        return "shares[" + i + "].recipient";
      }

      public String basisPoints(int i) {
        return "shares[" + i + "].basisPoints";
      }

      public String madeOn() {
        return madeOnField;
      }
    };
  }
}
