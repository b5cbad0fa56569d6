package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;

/**
 * Shows a service's refusal on a page: each invalid field beside its input, anything else on top.
 */
public final class Refusals {

  private Refusals() {}

  /** {@code form} is the id of the form whose inputs are named like the refused fields. */
  public static void show(FacesContext faces, String form, Refusal refusal) {
    if (refusal instanceof Invalid invalid) {
      invalid
          .violations()
          .forEach(v -> faces.addMessage(form + ":" + v.field(), error(v.message())));
    } else {
      faces.addMessage(null, error(refusal.getMessage()));
    }
  }

  private static FacesMessage error(String message) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
  }
}
