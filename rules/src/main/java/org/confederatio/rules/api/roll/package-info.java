/**
 * The vicinity census of {@code ROLL.md}, rules R1 to R7: who is on a canton's voter roll on a
 * date. Eligibility is computed from a {@link org.confederatio.rules.api.roll.Resident}, which
 * holds a person's dates of birth and death and residence periods and nothing else: nationality,
 * origin, affiliations, designations and tax status cannot reach the rule because no signature here
 * takes them (R3).
 */
package org.confederatio.rules.api.roll;
