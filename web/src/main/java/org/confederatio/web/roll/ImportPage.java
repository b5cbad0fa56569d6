package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.failure.Refusal;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.residence.RegisterImport;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.language.Messages;

/** The clerk's upload of a residence register, and the progress of the import it starts. */
@Named
@RequestScoped
public class ImportPage {

  @Inject private ImportJobs jobs;
  @Inject private RegisterImport registerImport;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  private Part file;
  private String job;
  private ImportProgress progress;

  public String upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      faces.addMessage(
          "upload:file",
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("import.noFile"), null));
      return null;
    }
    Caller caller = callers.current();
    String csv = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    CantonCode canton = caller.canton().orElseThrow();
    ImportProgress started =
        jobs.start(caller, progress -> registerImport.run(caller, canton, csv, progress));
    return "/clerk/import.xhtml?faces-redirect=true&job=" + started.id();
  }

  public ImportProgress getProgress() {
    if (progress == null && job != null) {
      try {
        progress = jobs.of(callers.current(), job);
      } catch (Refusal refusal) {
        faces.addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
      }
    }
    return progress;
  }

  public String getHeader() {
    return RegisterImport.HEADER;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }
}
