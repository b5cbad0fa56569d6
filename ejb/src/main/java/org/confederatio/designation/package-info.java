/**
 * Taxpayers' assessments and designations, and citizens' affiliations: entered by the citizen, by a
 * clerk from a paper form, or imported in bulk, and always checked with the rules module's A2.
 * Affiliations and designations are sensitive: only the citizen and the clerks of their canton see
 * them, and every read by a clerk is audited.
 */
package org.confederatio.designation;
