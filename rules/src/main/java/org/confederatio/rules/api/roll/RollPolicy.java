package org.confederatio.rules.api.roll;

/** R7 — the parameters of a canton's policy version that the roll uses. */
public record RollPolicy(String version, int votingAge, int minResidenceMonths) {

  public RollPolicy {
    if (votingAge < 0 || votingAge > 150) {
      throw new IllegalArgumentException("votingAge: must be between 0 and 150, not " + votingAge);
    }
    if (minResidenceMonths < 0 || minResidenceMonths > 600) {
      throw new IllegalArgumentException(
          "minResidenceMonths: must be between 0 and 600, not " + minResidenceMonths);
    }
  }
}
