package org.confederatio.rules.api.allocation;

/**
 * A2 — why a taxpayer's money is undesignated. A designation is checked in this order and gets the
 * first reason that applies; a taxpayer with no valid designation gets the reason of their latest
 * one.
 */
public enum UndesignatedReason {
  /** the taxpayer made no designation */
  NONE,
  /** made after the policy's deadline */
  LATE,
  /** more recipients than the policy's maxRecipients */
  TOO_MANY_RECIPIENTS,
  /** a recipient is neither the canton nor an organization accredited for this canton and year */
  UNACCREDITED_RECIPIENT,
  /** the same recipient appears twice */
  DUPLICATE_RECIPIENT,
  /** a share is not positive, or the shares do not sum to exactly 10,000 basis points */
  BAD_SHARES,
  /**
   * a designation by someone with no assessment for this canton and year (not a taxpayer of the
   * pot)
   */
  NO_ASSESSMENT
}
