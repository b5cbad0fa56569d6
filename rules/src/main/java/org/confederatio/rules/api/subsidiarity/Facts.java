package org.confederatio.rules.api.subsidiarity;

import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * S5 — what triggered a finding, as its kind and the values it names: the words (in whichever
 * language) are the screens', so that the rules never decide how a fact reads. What would resolve
 * the finding follows from the same kind and values.
 */
public sealed interface Facts {

  FindingKind kind();

  /**
   * S1 — run by a government (the confederation, or the canton named) without needing coercive
   * authority, while these candidacies meet at least {@code requiredPrinciples} reviewed design
   * principles.
   */
  record CommonsCapable(
      Level runBy, Optional<CantonCode> canton, int requiredPrinciples, List<Candidate> candidates)
      implements Facts {

    public CommonsCapable {
      candidates = List.copyOf(candidates);
    }

    @Override
    public FindingKind kind() {
      return FindingKind.COMMONS_CAPABLE;
    }
  }

  /** A viable candidate of S1 and the principles it meets, in their order. */
  record Candidate(OrganizationId organization, List<DesignPrinciple> met) {

    public Candidate {
      met = met.stream().sorted().toList();
    }
  }

  /** S2 — run by the confederation although its scope is no wider than a canton's. */
  record ShouldBeCantonal(Scope scope) implements Facts {

    @Override
    public FindingKind kind() {
      return FindingKind.SHOULD_BE_CANTONAL;
    }
  }

  /**
   * S3 — a confederal function applied to {@code canton}, which is not among the cantons that
   * delegated it (in the order of their codes; perhaps none).
   */
  record NotDelegated(CantonCode canton, List<CantonCode> delegatedBy) implements Facts {

    public NotDelegated {
      delegatedBy =
          delegatedBy.stream().sorted(java.util.Comparator.comparing(CantonCode::value)).toList();
    }

    @Override
    public FindingKind kind() {
      return FindingKind.NOT_DELEGATED;
    }
  }
}
