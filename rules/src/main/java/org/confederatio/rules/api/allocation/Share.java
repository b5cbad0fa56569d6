package org.confederatio.rules.api.allocation;

/** One recipient of a designation and its share in basis points (10,000 bp = 100 %). */
public record Share(Recipient recipient, int basisPoints) {

  public static final int WHOLE = 10_000;
}
