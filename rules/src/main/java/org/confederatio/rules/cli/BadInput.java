package org.confederatio.rules.cli;

/** A problem in an input file, located by file, line and field. */
final class BadInput extends Exception {

  private static final long serialVersionUID = 1L;

  BadInput(String file, int line, String field, String problem) {
    super(file + ", line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
  }

  BadInput(String file, String problem) {
    super(file + ": " + problem);
  }
}
