/**
 * The register of public functions, commons candidacies and the subsidiarity review of each canton
 * (SUBSIDIARITY.md): the rules module decides the findings; this package keeps what they are
 * decided from, the justifications, and each day's counts for the trend.
 */
package org.confederatio.subsidiarity;
