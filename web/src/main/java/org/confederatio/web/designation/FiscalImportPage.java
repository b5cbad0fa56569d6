package org.confederatio.web.designation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.designation.FiscalImport;
import org.confederatio.importing.ImportJobs;
import org.confederatio.importing.ImportProgress;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.faces.Uploads;
import org.confederatio.web.language.Messages;

/** The clerk's upload of assessments or designations, and the progress of the import it starts. */
@Named
@RequestScoped
public class FiscalImportPage {

  @Inject private ImportJobs jobs;
  @Inject private FiscalImport fiscalImport;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;

  @PostConstruct
  void thisYear() {
    year = calendar.currentYear();
  }

  private Part file;
  private FiscalImport.Kind kind = FiscalImport.Kind.DESIGNATIONS;
  private int year;
  private String job;
  private ImportProgress progress;

  public String upload() throws IOException {
    Optional<String> csv = Uploads.text(file, faces, messages);
    if (csv.isEmpty()) {
      return null;
    }
    Caller caller = callers.current();
    CantonCode canton = caller.canton().orElseThrow();
    FiscalImport.Kind chosen = kind;
    FiscalYear chosenYear = fiscalYearOrNone(year);
    ImportProgress started =
        jobs.start(
            caller,
            chosen.name(),
            p -> fiscalImport.run(caller, canton, chosen, chosenYear, csv.get(), p));
    return "/clerk/fiscal-import.xhtml?faces-redirect=true&job=" + started.id();
  }

  /** The import refuses a year out of range by name, as it refuses a missing one. */
  private static FiscalYear fiscalYearOrNone(int year) {
    try {
      return FiscalYear.of(year);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public ImportProgress getProgress() {
    if (progress == null && job != null) {
      progress = Uploads.progress(jobs, callers.current(), job, faces);
    }
    return progress;
  }

  private static final Pattern LINE = Pattern.compile("line (\\d+)(?:, column (.+))?");

  /**
   * Where a problem is, in the reader's language: the import names a line and column in English
   * ({@code line 3, column recipient}); the column keeps its name, which is the file's header.
   */
  public String where(String field) {
    Matcher line = field == null ? null : LINE.matcher(field);
    if (line == null || !line.matches()) {
      return "file".equals(field) ? messages.get("fiscalImport.wholeFile") : field;
    }
    return line.group(2) == null
        ? messages.format("fiscalImport.line", line.group(1))
        : messages.format("fiscalImport.lineColumn", line.group(1), line.group(2));
  }

  public FiscalImport.Kind[] getKinds() {
    return FiscalImport.Kind.values();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public FiscalImport.Kind getKind() {
    return kind;
  }

  public void setKind(FiscalImport.Kind kind) {
    this.kind = kind;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }
}
