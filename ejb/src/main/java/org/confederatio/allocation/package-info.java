/**
 * Running the rules module's allocation over a canton's taxpayers in the database: the translator
 * that streams them, the policy officer's what-if, and allocation runs from their batch job to
 * publication, with one published run in force per canton and year (A12, {@link
 * org.confederatio.allocation.RunPublication}).
 */
package org.confederatio.allocation;
