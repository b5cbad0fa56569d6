package org.confederatio.rules.api.subsidiarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * The review of one canton: the register's functions that concern it (its own and the
 * confederation's), each either with its findings or compliant (S5), on a given day.
 */
public record Review(
    CantonCode canton, LocalDate on, List<Finding> findings, List<PublicFunction> compliant) {

  /** The default of SUBSIDIARITY.md: a viable candidacy meets all eight design principles. */
  public static final int DEFAULT_REQUIRED_PRINCIPLES = DesignPrinciple.values().length;

  public static Review of(
      CantonCode canton,
      List<PublicFunction> register,
      List<Candidacy> candidacies,
      List<Justification> justifications,
      int requiredPrinciples,
      LocalDate on) {
    List<Finding> findings = new ArrayList<>();
    List<PublicFunction> compliant = new ArrayList<>();
    List<PublicFunction> concerned =
        register.stream()
            .filter(
                f -> f.level() == Level.CONFEDERAL || f.canton().map(canton::equals).orElse(false))
            .sorted(Comparator.comparing(PublicFunction::id))
            .toList();
    for (PublicFunction f : concerned) {
      int before = findings.size();
      commonsFirst(f, candidacies, requiredPrinciples).ifPresent(findings::add);
      cantonBeforeConfederation(f).ifPresent(findings::add);
      voluntaryDelegation(f, canton).ifPresent(findings::add);
      for (int i = before; i < findings.size(); i++) {
        findings.set(i, justify(findings.get(i), justifications, on));
      }
      if (findings.size() == before) {
        compliant.add(f);
      }
    }
    return new Review(canton, on, List.copyOf(findings), List.copyOf(compliant));
  }

  /** S1 — never for a function that needs coercive authority. */
  static Optional<Finding> commonsFirst(
      PublicFunction f, List<Candidacy> candidacies, int required) {
    if (!f.governmental() || f.coercive()) {
      return Optional.empty();
    }
    List<Candidacy> viable =
        candidacies.stream()
            .filter(c -> c.function().equals(f.id()) && c.viable(required))
            .sorted(Comparator.comparing(Candidacy::id))
            .toList();
    if (viable.isEmpty()) {
      return Optional.empty();
    }
    String candidates =
        viable.stream()
            .map(
                c ->
                    c.organization()
                        + " (meets "
                        + c.met().size()
                        + " of 8: "
                        + c.met().stream()
                            .sorted()
                            .map(Enum::name)
                            .collect(Collectors.joining(", "))
                        + ")")
            .collect(Collectors.joining("; "));
    return Optional.of(
        new Finding(
            FindingKind.COMMONS_CAPABLE,
            f.id(),
            f.name(),
            "Run by "
                + describe(f)
                + " without needing coercive authority; viable commons candidacies (at least "
                + required
                + " design principles reviewed and met): "
                + candidates,
            "Hand the function to a viable candidate, or record why it stays where it is (S4).",
            Optional.empty()));
  }

  /** S2. */
  static Optional<Finding> cantonBeforeConfederation(PublicFunction f) {
    if (f.level() != Level.CONFEDERAL || f.scope() == Scope.TRANSNATIONAL) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingKind.SHOULD_BE_CANTONAL,
            f.id(),
            f.name(),
            "Run by the confederation although its scope is " + f.scope() + ".",
            "Return it to the cantons, or justify it as exceeding their capacity or needing uniform regulation (S4).",
            Optional.empty()));
  }

  /** S3. */
  static Optional<Finding> voluntaryDelegation(PublicFunction f, CantonCode canton) {
    if (f.level() != Level.CONFEDERAL || f.delegatedBy().contains(canton)) {
      return Optional.empty();
    }
    return Optional.of(
        new Finding(
            FindingKind.NOT_DELEGATED,
            f.id(),
            f.name(),
            "A confederal function applied to "
                + canton
                + ", which did not delegate it (delegated by: "
                + (f.delegatedBy().isEmpty()
                    ? "none"
                    : f.delegatedBy().stream()
                        .map(CantonCode::value)
                        .sorted()
                        .collect(Collectors.joining(", ")))
                + ").",
            "Stop applying it to " + canton + ", or have " + canton + " delegate it.",
            Optional.empty()));
  }

  /**
   * S4 — the latest recorded justification of this function and kind counts (an earlier one is only
   * its history, even if it ran longer): while it is current the finding is justified; once it has
   * expired the finding is open again.
   */
  static Finding justify(Finding finding, List<Justification> justifications, LocalDate on) {
    return justifications.stream()
        .filter(j -> j.function().equals(finding.function()) && j.kind() == finding.kind())
        .max(Comparator.comparing(Justification::recordedAt))
        .filter(j -> j.currentOn(on))
        .map(
            j ->
                new Finding(
                    finding.kind(),
                    finding.function(),
                    finding.functionName(),
                    finding.facts(),
                    finding.resolution(),
                    Optional.of(j)))
        .orElse(finding);
  }

  private static String describe(PublicFunction f) {
    return f.level() == Level.CONFEDERAL
        ? "the confederation"
        : "canton " + f.canton().orElseThrow();
  }
}
