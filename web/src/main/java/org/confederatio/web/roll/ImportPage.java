package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.residence.RegisterImport;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.faces.Uploads;
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
    Optional<String> csv = Uploads.text(file, faces, messages);
    if (csv.isEmpty()) {
      return null;
    }
    Caller caller = callers.current();
    CantonCode canton = caller.canton().orElseThrow();
    ImportProgress started =
        jobs.start(
            caller,
            ImportJobs.REGISTER,
            progress -> registerImport.run(caller, canton, csv.get(), progress));
    return "/clerk/import.xhtml?faces-redirect=true&job=" + started.id();
  }

  public ImportProgress getProgress() {
    if (progress == null && job != null) {
      progress = Uploads.progress(jobs, callers.current(), job, faces);
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
