package org.confederatio.rules.api.subsidiarity;

/** What a finding says, and the rule it comes from. */
public enum FindingKind {
  /** S1 — a government runs what a viable commons candidacy could run. */
  COMMONS_CAPABLE("S1"),
  /** S2 — the confederation runs a local or cantonal function. */
  SHOULD_BE_CANTONAL("S2"),
  /** S3 — a confederal function applies to a canton that did not delegate it. */
  NOT_DELEGATED("S3");

  public final String rule;

  FindingKind(String rule) {
    this.rule = rule;
  }
}
