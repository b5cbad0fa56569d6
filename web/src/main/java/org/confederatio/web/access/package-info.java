/**
 * Signing in and out. One Jakarta Security mechanism serves both doors: a sign-in form (with a
 * session) for people, and HTTP Basic (stateless) for the REST API under {@code /api}. Passwords
 * are checked against PBKDF2 hashes in the database.
 */
package org.confederatio.web.access;
