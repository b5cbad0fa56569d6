package org.confederatio.rules.api.subsidiarity;

/** Elinor Ostrom's eight design principles for long-enduring commons. */
public enum DesignPrinciple {
  CLEARLY_DEFINED_BOUNDARIES,
  BENEFITS_PROPORTIONAL_TO_COSTS,
  COLLECTIVE_CHOICE_ARRANGEMENTS,
  MONITORING_ACCOUNTABLE_TO_USERS,
  GRADUATED_SANCTIONS,
  FAST_CHEAP_CONFLICT_RESOLUTION,
  RECOGNIZED_RIGHT_TO_ORGANIZE,
  NESTED_ENTERPRISES
}
