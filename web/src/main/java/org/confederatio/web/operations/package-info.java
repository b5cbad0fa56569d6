/**
 * What operators call: the administrator's backup of the embedded database and the metrics for the
 * application's administrator (health checks live beside what they check).
 */
package org.confederatio.web.operations;
