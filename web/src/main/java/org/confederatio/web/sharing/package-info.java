/** The API and pages of confederal bodies, memberships and settlements. */
package org.confederatio.web.sharing;
