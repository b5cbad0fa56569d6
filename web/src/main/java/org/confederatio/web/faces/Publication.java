package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.web.language.Messages;

/**
 * The two steps of publishing a result on a page, for allocation runs and settlements alike: the
 * button asks for a confirmation, the confirmation carries a reason when the result corrects the
 * one in force (A12), and the outcome is said once: kept over the redirect when it succeeded,
 * beside the reason field when the reason was refused. The page holds one of these in its view
 * state and its form binds to it ({@code #{page.publication.confirming}}, {@code reason}).
 */
public final class Publication implements Serializable {

  private static final long serialVersionUID = 1L;

  private boolean confirming;
  private String reason;

  /** The first step: the page asks for a confirmation (and a reason, A12). */
  public void ask() {
    confirming = true;
    reason = null;
  }

  public void cancel() {
    confirming = false;
    reason = null;
  }

  public boolean isConfirming() {
    return confirming;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Says that the publication succeeded, on the page the redirect leads to. */
  public static void published(FacesContext faces, String text) {
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  /**
   * Says why the publication was refused. When another result is in force ({@code required} is then
   * the page's sentence asking for a reason), a refused reason is said beside its field of {@code
   * form}; any other refusal at the top of the page.
   */
  public void refused(
      FacesContext faces, String form, Refusal refusal, String required, Messages messages) {
    if (refusal instanceof Invalid && required != null) {
      if (!CorrectionReasons.show(faces, form, refusal, reason, required, messages)) {
        Refusals.show(faces, form, refusal);
      }
    } else {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
    }
  }
}
