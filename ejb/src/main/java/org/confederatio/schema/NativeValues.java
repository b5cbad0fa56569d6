package org.confederatio.schema;

/** Reading values of native queries the same way whatever the database's JDBC types are. */
public final class NativeValues {

  private NativeValues() {}

  /** A BOOLEAN column: Derby gives a Boolean, other databases may give a number. */
  public static boolean bool(Object value) {
    return Boolean.TRUE.equals(value) || (value instanceof Number n && n.intValue() == 1);
  }
}
