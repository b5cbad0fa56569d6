package org.confederatio.rules.api.subsidiarity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    List<Facts.Candidate> viable =
        candidacies.stream()
            .filter(c -> c.function().equals(f.id()) && c.viable(required))
            .sorted(Comparator.comparing(Candidacy::id))
            .map(c -> new Facts.Candidate(c.organization(), List.copyOf(c.met())))
            .toList();
    if (viable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        finding(f, new Facts.CommonsCapable(f.level(), f.canton(), required, viable)));
  }

  /** S2. */
  static Optional<Finding> cantonBeforeConfederation(PublicFunction f) {
    if (f.level() != Level.CONFEDERAL || f.scope() == Scope.TRANSNATIONAL) {
      return Optional.empty();
    }
    return Optional.of(finding(f, new Facts.ShouldBeCantonal(f.scope())));
  }

  /** S3. */
  static Optional<Finding> voluntaryDelegation(PublicFunction f, CantonCode canton) {
    if (f.level() != Level.CONFEDERAL || f.delegatedBy().contains(canton)) {
      return Optional.empty();
    }
    return Optional.of(finding(f, new Facts.NotDelegated(canton, List.copyOf(f.delegatedBy()))));
  }

  private static Finding finding(PublicFunction f, Facts facts) {
    return new Finding(f.id(), f.name(), facts, Optional.empty());
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
        .map(finding::justifiedBy)
        .orElse(finding);
  }
}
