package org.confederatio.allocation;

import java.util.Optional;
import org.confederatio.failure.Invalid;

/**
 * A12 — the reason a correction states. Publishing while another result is in force is a correction
 * and needs one; a first publication has nothing to correct and takes none. Shared by allocation
 * runs and settlements, which follow the same model.
 */
public final class CorrectionReason {

  /** As long as the column that keeps it. */
  public static final int MAX_LENGTH = 2000;

  private CorrectionReason() {}

  /**
   * The reason to store (without surrounding blanks), or empty for a first publication. {@code
   * inForce} describes the result in force that a publication would replace, if any.
   */
  public static Optional<String> check(String reason, Optional<String> inForce) {
    boolean given = reason != null && !reason.isBlank();
    if (inForce.isPresent()) {
      if (!given) {
        throw new Invalid(
            "reason",
            "is required: "
                + inForce.get()
                + ", so publishing this one is a correction; say why it replaces it");
      }
      String stripped = reason.strip();
      if (stripped.length() > MAX_LENGTH) {
        throw new Invalid("reason", "is at most " + MAX_LENGTH + " characters");
      }
      return Optional.of(stripped);
    }
    if (given) {
      throw new Invalid(
          "reason", "is only for a correction, and nothing is in force yet that it would replace");
    }
    return Optional.empty();
  }
}
