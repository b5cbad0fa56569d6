/**
 * Voter rolls (ROLL.md R2-R7): computing a canton's roll for a date under the policy in force,
 * freezing it for an election, comparing snapshots, a citizen's own status, and the cross-canton
 * check that nobody is on two rolls. The eligibility itself is the rules module's; this package
 * only feeds it residents from the register.
 */
package org.confederatio.roll;
