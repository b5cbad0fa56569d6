package org.confederatio.rules.api.subsidiarity;

/** How far a public function reaches. */
public enum Scope {
  LOCAL,
  CANTONAL,
  TRANSNATIONAL
}
