/**
 * SUBSIDIARITY.md: the review of a canton's register of public functions against the principle that
 * governments should not administrate what could be managed as commons (S1), that the confederation
 * should not do what a canton can (S2), and that it acts for a canton only by that canton's
 * delegation (S3), with justifications (S4) and an explanation of every finding (S5).
 */
package org.confederatio.rules.api.subsidiarity;
