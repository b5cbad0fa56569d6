package org.confederatio.rules.api.roll;

import java.time.LocalDate;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * A person lives in a canton from a day to a day, both inclusive; {@code to} is empty while
 * current.
 */
public record ResidencePeriod(CantonCode canton, LocalDate from, Optional<LocalDate> to) {

  public ResidencePeriod {
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException(
          "a residence period ends (" + to.get() + ") before it starts (" + from + ")");
    }
  }

  public static ResidencePeriod open(CantonCode canton, LocalDate from) {
    return new ResidencePeriod(canton, from, Optional.empty());
  }

  public static ResidencePeriod closed(CantonCode canton, LocalDate from, LocalDate to) {
    return new ResidencePeriod(canton, from, Optional.of(to));
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && to.map(t -> !day.isAfter(t)).orElse(true);
  }

  /** True when the two periods share at least one day (R1 forbids it). */
  public boolean overlaps(ResidencePeriod other) {
    boolean thisEndsBefore = to.map(t -> t.isBefore(other.from)).orElse(false);
    boolean otherEndsBefore = other.to.map(t -> t.isBefore(from)).orElse(false);
    return !thisEndsBefore && !otherEndsBefore;
  }

  @Override
  public String toString() {
    return canton + " from " + from + to.map(t -> " to " + t).orElse(" (current)");
  }
}
