package org.confederatio.rules.sharing;

/** How a body shares its pot among its members (C4). */
public enum DisbursementRule {
  EQUAL_PER_CAPITA,
  EQUALIZATION
}
