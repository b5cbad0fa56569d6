/** The API and pages of allocation runs, foundations' reports and public verification. */
package org.confederatio.web.allocation;
