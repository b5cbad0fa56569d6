package org.confederatio.rules.api.allocation;

/** A3 — how much of the pot each taxpayer's designation carries. */
public enum Weighting {
  /** each taxpayer carries {@code r x own tax} (Spain, 5x1000) */
  BY_AMOUNT,
  /** every assessed taxpayer carries the same slice {@code D / N} (8x1000) */
  BY_HEADCOUNT
}
