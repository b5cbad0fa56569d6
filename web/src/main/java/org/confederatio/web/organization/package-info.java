/** The register of organizations through the API and the pages. */
package org.confederatio.web.organization;
