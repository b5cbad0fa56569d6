package org.confederatio.rules.api.format;

/** A problem in an input file, located by file, line and field. */
public final class BadInput extends Exception {

  private static final long serialVersionUID = 1L;

  /** The line it is on, or 0 for a problem of the whole file. */
  private final int line;

  public BadInput(String file, int line, String field, String problem) {
    super(file + ", line " + line + (field == null ? "" : ", field " + field) + ": " + problem);
    this.line = line;
  }

  public BadInput(String file, String problem) {
    super(file + ": " + problem);
    this.line = 0;
  }

  /** The line it is on, or 0 for a problem of the whole file. */
  public int line() {
    return line;
  }
}
