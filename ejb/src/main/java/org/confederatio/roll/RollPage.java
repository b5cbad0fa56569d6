package org.confederatio.roll;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Reason;
import org.confederatio.rules.api.roll.RollEntry;

/**
 * A page of a canton's roll (positions {@code page * size} onwards, in person order) with the
 * counts of the whole roll: how many are eligible, considered, and the count of each reason (R5).
 */
public record RollPage(
    CantonCode canton,
    LocalDate date,
    String policyVersion,
    long eligible,
    long considered,
    Map<Reason, Long> byReason,
    int page,
    int size,
    List<RollEntry> entries) {

  /** The number of the last page, 0 for an empty roll. */
  public long lastPage() {
    return considered == 0 ? 0 : (considered - 1) / size;
  }

  public boolean hasNext() {
    return (long) (page + 1) * size < considered;
  }
}
