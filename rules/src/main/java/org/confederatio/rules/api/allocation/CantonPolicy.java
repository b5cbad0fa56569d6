package org.confederatio.rules.api.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;

/** A canton's fiscal policy: its dated versions. */
public record CantonPolicy(CantonCode canton, List<PolicyVersion> versions) {

  public CantonPolicy {
    versions = versions.stream().sorted(Comparator.comparingInt(PolicyVersion::validFrom)).toList();
    for (int i = 1; i < versions.size(); i++) {
      if (versions.get(i).validFrom() == versions.get(i - 1).validFrom()) {
        throw new IllegalArgumentException(
            "two versions of the policy of "
                + canton
                + " take effect in "
                + versions.get(i).validFrom());
      }
    }
  }

  /** The version in force for a fiscal year: the newest whose {@code validFrom} is not after it. */
  public Optional<PolicyVersion> inForce(int year) {
    return versions.stream().filter(v -> v.validFrom() <= year).reduce((older, newer) -> newer);
  }
}
