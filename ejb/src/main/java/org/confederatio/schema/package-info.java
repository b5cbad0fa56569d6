/**
 * The database schema, created and evolved by versioned Flyway migrations at start-up (never by
 * EclipseLink's DDL generation), so that an upgrade keeps every row. Demo data is a separate
 * migration location, applied only when {@code confederatio.demo} is true.
 */
package org.confederatio.schema;
