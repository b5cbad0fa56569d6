package org.confederatio.web.designation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.web.language.Messages;

/**
 * Shows a refused designation on a form: a share's problem names its row, the way the form shows
 * it.
 */
final class DesignationMessages {

  private static final Pattern SHARE =
      Pattern.compile("shares\\[(\\d+)]\\.(recipient|basisPoints)");

  private DesignationMessages() {}

  static void show(FacesContext faces, Messages messages, Refusal refusal) {
    if (refusal instanceof Invalid invalid) {
      for (Invalid.Violation v : invalid.violations()) {
        Matcher share = SHARE.matcher(v.field());
        String where =
            share.matches()
                ? messages.get("designation.row")
                    + " "
                    + (Integer.parseInt(share.group(1)) + 1)
                    + ": "
                : "";
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, where + v.message(), null));
      }
    } else {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
    }
  }
}
