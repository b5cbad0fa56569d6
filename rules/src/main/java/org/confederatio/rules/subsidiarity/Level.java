package org.confederatio.rules.subsidiarity;

/** Who runs a public function now. */
public enum Level {
  CONFEDERAL,
  CANTONAL,
  COMMONS
}
