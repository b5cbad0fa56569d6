/**
 * The append-only audit log: every change the services make, and every read of a taxpayer's file,
 * is recorded with who, when, which entity, the canton and person it concerns ({@link
 * org.confederatio.audit.AuditScope}), and its state before and after, in the same transaction as
 * the change itself; never the organizations a person chose. {@link
 * org.confederatio.audit.AuditLog} reads it back for the administrator (every entry) and a canton's
 * clerks and policy officers (their canton's), filtered, paged and as CSV.
 */
package org.confederatio.audit;
