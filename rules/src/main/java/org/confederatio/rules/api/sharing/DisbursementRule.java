package org.confederatio.rules.api.sharing;

/** How a body shares its pot among its members (C4). */
public enum DisbursementRule {
  EQUAL_PER_CAPITA,
  EQUALIZATION
}
