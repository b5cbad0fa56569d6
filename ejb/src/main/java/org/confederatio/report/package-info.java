/**
 * What foundations receive: for each canton and year the line of the allocation run in force (A12)
 * for their organization, naming the run a correction replaced, as data, CSV and PDF. Aggregates
 * only: counts below five are not shown, and no individual choice is ever part of a report.
 */
package org.confederatio.report;
