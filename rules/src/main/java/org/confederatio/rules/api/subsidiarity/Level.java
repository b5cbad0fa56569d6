package org.confederatio.rules.api.subsidiarity;

/** Who runs a public function now. */
public enum Level {
  CONFEDERAL,
  CANTONAL,
  COMMONS
}
