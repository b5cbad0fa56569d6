package org.confederatio.web.api;

import org.confederatio.failure.Invalid;

/** A request body that is not JSON at all: the field is the body, the place where it breaks. */
class UnreadableBody extends Invalid {

  private static final long serialVersionUID = 1L;

  UnreadableBody(String message) {
    super("body", message);
  }

  @Override
  public String title() {
    return "Unreadable body";
  }
}
