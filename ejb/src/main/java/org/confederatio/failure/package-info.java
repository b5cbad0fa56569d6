/**
 * The ways a request can be refused, as exceptions the boundary maps once to RFC 9457 problems: not
 * found, invalid (with one message per field), access refused, conflict with existing state. Each
 * is thrown before anything changes, so a refused request leaves no partial state.
 */
package org.confederatio.failure;
