/** The residence register and voter rolls through the API and the pages (ROLL.md). */
package org.confederatio.web.roll;
