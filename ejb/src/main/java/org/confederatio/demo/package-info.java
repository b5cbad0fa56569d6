/**
 * The living demo confederation a newcomer starts on. Its data are seed resources (Flyway
 * migrations under {@code db/demo}); only the logins are made in code, because their passwords are
 * generated on first start and never committed anywhere.
 */
package org.confederatio.demo;
