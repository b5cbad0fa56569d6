/**
 * Every error of the REST API is an RFC 9457 {@code application/problem+json} document with a
 * message a person can act on; the mappers here are the one place exceptions become responses.
 */
package org.confederatio.web.problem;
