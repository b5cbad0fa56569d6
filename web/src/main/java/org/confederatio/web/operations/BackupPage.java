package org.confederatio.web.operations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.confederatio.access.Callers;
import org.confederatio.failure.Conflict;
import org.confederatio.failure.Refusal;
import org.confederatio.schema.Backups;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/** The administrator's backup button on the home page: the same backup as POST /api/backups. */
@Named
@RequestScoped
public class BackupPage {

  @Inject private Backups backups;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private Messages messages;

  public void backUp() {
    try {
      Backups.Backup backup = backups.backUp(callers.current());
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO, messages.format("backup.done", backup.path()), null));
    } catch (Conflict notDerby) {
      // the only conflict: a database that is not embedded Derby, said in the reader's language
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("backup.notDerby"), null));
    } catch (Refusal refusal) {
      Refusals.show(faces, "backup", refusal);
    }
  }
}
