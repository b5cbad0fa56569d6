package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.failure.Refusal;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.web.language.Messages;

/**
 * What the import pages (register, assessments, designations) share: the uploaded file read as
 * text, or the "choose a file" message beside the upload field; and the progress of the import job
 * the page was redirected to, or the refusal of it at the top of the page.
 */
public final class Uploads {

  private Uploads() {}

  /** The file's text (UTF-8), or empty with the message beside {@code upload:file}. */
  public static Optional<String> text(Part file, FacesContext faces, Messages messages)
      throws IOException {
    if (file == null || file.getSize() == 0) {
      faces.addMessage(
          "upload:file",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("import.noFile"), null));
      return Optional.empty();
    }
    return Optional.of(new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  /** The progress of import job {@code id} as the caller may see it, or null when refused. */
  public static ImportProgress progress(
      ImportJobs jobs, Caller caller, String id, FacesContext faces) {
    try {
      return jobs.of(caller, id);
    } catch (Refusal refusal) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
      return null;
    }
  }
}
