/** The API and pages of a canton's dated policy: history, scheduling a version, the what-if. */
package org.confederatio.web.policy;
