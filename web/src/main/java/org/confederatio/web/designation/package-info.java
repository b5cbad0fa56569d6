/**
 * The API and pages of designations: the citizen's affiliations and designation, the clerk's
 * taxpayer files, entry from paper forms, and bulk imports.
 */
package org.confederatio.web.designation;
