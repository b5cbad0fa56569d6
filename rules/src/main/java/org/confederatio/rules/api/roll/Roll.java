package org.confederatio.rules.api.roll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.confederatio.rules.api.canton.CantonCode;

/**
 * A canton's roll for a reference date: an entry with a reason for every person considered (R2,
 * R5).
 */
public record Roll(
    CantonCode canton, LocalDate date, String policyVersion, List<RollEntry> entries) {

  public Roll {
    entries = entries.stream().sorted(Comparator.comparing(RollEntry::personId)).toList();
  }

  /** Computes the roll over a stream of residents, one at a time. */
  public static Roll compute(
      CantonCode canton, LocalDate date, RollPolicy policy, Stream<Resident> residents) {
    List<RollEntry> entries = new ArrayList<>();
    residents.forEach(r -> Eligibility.consider(r, canton, date, policy).ifPresent(entries::add));
    return new Roll(canton, date, policy.version(), entries);
  }

  public long eligible() {
    return entries.stream().filter(RollEntry::onRoll).count();
  }

  /**
   * R6 — who is on {@code later} but not on {@code earlier} (added) and the reverse (removed), each
   * with its entry in the roll where it is not eligible, or on the other roll if not considered.
   */
  public static Diff diff(Roll earlier, Roll later) {
    Map<String, RollEntry> before = index(earlier);
    Map<String, RollEntry> after = index(later);
    List<Change> added = new ArrayList<>();
    List<Change> removed = new ArrayList<>();
    for (RollEntry now : later.entries()) {
      RollEntry then = before.get(now.personId());
      if (now.onRoll() && (then == null || !then.onRoll())) {
        added.add(new Change(now.personId(), then, now));
      }
    }
    for (RollEntry then : earlier.entries()) {
      RollEntry now = after.get(then.personId());
      if (then.onRoll() && (now == null || !now.onRoll())) {
        removed.add(new Change(then.personId(), then, now));
      }
    }
    return new Diff(added, removed);
  }

  private static Map<String, RollEntry> index(Roll roll) {
    Map<String, RollEntry> index = new HashMap<>();
    roll.entries().forEach(e -> index.put(e.personId(), e));
    return index;
  }

  /** The people added to and removed from a roll between two snapshots. */
  public record Diff(List<Change> added, List<Change> removed) {}

  /** One person's entries before and after (null where the roll did not consider them). */
  public record Change(String personId, RollEntry before, RollEntry after) {}
}
