/**
 * The REST API under {@code /api}: JSON through JSON-B, described by MicroProfile OpenAPI at {@code
 * /openapi}.
 */
package org.confederatio.web.api;
