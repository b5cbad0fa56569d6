package org.confederatio.rules.subsidiarity;

/** How far a public function reaches. */
public enum Scope {
  LOCAL,
  CANTONAL,
  TRANSNATIONAL
}
