package org.confederatio.rules.api.roll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R3 — all that eligibility may know of a person: an id, the dates of birth and death, and the
 * residence periods. There is deliberately no field for nationality, origin, ancestry,
 * affiliations, designations or tax status.
 */
public record Resident(
    String id, LocalDate born, Optional<LocalDate> died, List<ResidencePeriod> periods) {

  public Resident {
    periods = periods.stream().sorted(Comparator.comparing(ResidencePeriod::from)).toList();
    Optional<String> overlap = overlap(periods);
    if (overlap.isPresent()) {
      throw new IllegalArgumentException(overlap.get());
    }
  }

  /** R1 — the first pair of overlapping periods, described, if any. */
  static Optional<String> overlap(List<ResidencePeriod> sorted) {
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i - 1).overlaps(sorted.get(i))) {
        return Optional.of(
            "residence periods overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * R1 — refuses a period that would overlap one already recorded, naming it. A move is recorded by
   * closing the current period the day before the new one starts, which the caller does first.
   */
  public Resident with(ResidencePeriod added) {
    for (ResidencePeriod existing : periods) {
      if (existing.overlaps(added)) {
        throw new OverlappingResidence(existing, added);
      }
    }
    List<ResidencePeriod> all = new ArrayList<>(periods);
    all.add(added);
    return new Resident(id, born, died, all);
  }

  /** The period covering a day, if any. */
  public Optional<ResidencePeriod> periodOn(LocalDate day) {
    return periods.stream().filter(p -> p.covers(day)).findFirst();
  }

  /** R1 refused: the new period overlaps {@code existing}. */
  public static final class OverlappingResidence extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient ResidencePeriod existing;

    OverlappingResidence(ResidencePeriod existing, ResidencePeriod added) {
      super(
          "The residence "
              + added
              + " overlaps the recorded residence "
              + existing
              + "; record the move out of it first, or start the new residence after it ends.");
      this.existing = existing;
    }

    public ResidencePeriod existing() {
      return existing;
    }
  }
}
