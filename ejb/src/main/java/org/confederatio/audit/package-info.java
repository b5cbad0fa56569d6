/**
 * The append-only audit log: every change the services make is recorded with who, when, which
 * entity, and its state before and after, in the same transaction as the change itself.
 */
package org.confederatio.audit;
