package org.confederatio.rules.api.canton;

/** The four kinds of transnational recipient of the glossary. */
public enum OrganizationKind {
  /** a synthetic transnational community */
  PHYLE,
  /** a community of origin */
  ORIGIN_COMMUNITY,
  /** a foundation caring for a commons (software, oceans, ...) */
  COMMONS_FOUNDATION,
  /** a supraterritorial body that cantons join voluntarily */
  CONFEDERAL_FUND
}
