/**
 * The API and pages of the register of public functions, candidacies and the subsidiarity review.
 */
package org.confederatio.web.subsidiarity;
