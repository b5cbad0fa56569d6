package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.confederatio.allocation.CorrectionReason;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.web.language.Messages;

/**
 * A12's refusal of a correction's reason (missing, or longer than its column), said beside the
 * reason field in the reader's language. The service decides (CorrectionReason); its own words are
 * English, fit for the API's problem details but not for a Spanish or Esperanto page.
 */
public final class CorrectionReasons {

  private CorrectionReasons() {}

  /**
   * Shows the refusal beside {@code form:reason} and answers true when it is about the reason;
   * false (and nothing shown) otherwise. {@code required} is the page's sentence for a missing one.
   */
  public static boolean show(
      FacesContext faces, String form, Refusal refusal, String given, String required, Messages m) {
    if (!(refusal instanceof Invalid invalid)
        || invalid.violations().stream().noneMatch(v -> "reason".equals(v.field()))) {
      return false;
    }
    String text =
        given == null || given.isBlank()
            ? required
            : m.format("correction.reason.tooLong", CorrectionReason.MAX_LENGTH);
    faces.addMessage(form + ":reason", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    return true;
  }
}
