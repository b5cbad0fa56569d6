/**
 * Each canton's dated policy: the parameters of ALLOCATION.md and of ROLL.md (R7) in force from a
 * fiscal year, with the decision of the canton each version comes from. Versions in force are
 * read-only; a policy officer schedules new ones for future years.
 */
package org.confederatio.policy;
