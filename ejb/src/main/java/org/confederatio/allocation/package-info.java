/**
 * Running the rules module's allocation over a canton's taxpayers in the database: the translator
 * that streams them, and the policy officer's what-if.
 */
package org.confederatio.allocation;
