/**
 * The command-line tool {@code confederatio-rules.jar}: {@code allocate} from the files of
 * ALLOCATION.md, {@code recompute} from published aggregates (A11). A malformed file gets a message
 * naming the file, line and field, exit status 2, and no output.
 */
package org.confederatio.rules.cli;
