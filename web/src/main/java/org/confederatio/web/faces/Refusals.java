package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;

/**
 * Shows a service's refusal on a page: each invalid field beside its input, anything else on top.
 * The services speak English (their words also serve the API's problem details); where the bundles
 * hold a sentence for a form's field ({@code refusal.FORM.FIELD}, saying what the field takes), the
 * page says that sentence in the reader's language instead.
 */
public final class Refusals {

  private Refusals() {}

  /** {@code form} is the id of the form whose inputs are named like the refused fields. */
  public static void show(FacesContext faces, String form, Refusal refusal) {
    if (refusal instanceof Invalid invalid) {
      ResourceBundle words = faces.getApplication().getResourceBundle(faces, "msg");
      invalid
          .violations()
          .forEach(
              v -> {
                String key = "refusal." + form + "." + v.field();
                String text =
                    words != null && words.containsKey(key) ? words.getString(key) : v.message();
                faces.addMessage(form + ":" + v.field(), error(text));
              });
    } else {
      faces.addMessage(null, error(refusal.getMessage()));
    }
  }

  private static FacesMessage error(String message) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null);
  }
}
