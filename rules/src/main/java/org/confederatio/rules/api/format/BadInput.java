package org.confederatio.rules.api.format;

/** A problem in an input file, located by file, line and field. */
public final class BadInput extends Exception {

  private static final long serialVersionUID = 1L;

  public BadInput(String file, int line, String field, String problem) {
    super(file + ", line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
  }

  public BadInput(String file, String problem) {
    super(file + ": " + problem);
  }
}
