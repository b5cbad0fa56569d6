/**
 * What foundations receive: every published allocation line for their organization, across cantons
 * and years, as data, CSV and PDF. Aggregates only: counts below five are not shown, and no
 * individual choice is ever part of a report.
 */
package org.confederatio.report;
