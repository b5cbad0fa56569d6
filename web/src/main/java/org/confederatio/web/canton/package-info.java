/** The cantons through the API and the pages. */
package org.confederatio.web.canton;
