package org.confederatio.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What a page answers after a form was sent, as the GOV.UK Design System's error summary does: the
 * errors in one box at the top that takes the focus ({@code js/errors.js}), each linking to the
 * field it is about, while the same message stands beside that field; confirmations apart, styled
 * as success and announced politely.
 */
@Named
@RequestScoped
public class Feedback {

  /** An error, and the client id of the field it is about (null for the whole form). */
  public record Problem(String field, String text) {
    public boolean isLinked() {
      return field != null;
    }
  }

  private List<Problem> problems;
  private List<String> notices;
  private boolean settled;

  public List<Problem> getProblems() {
    read();
    return problems;
  }

  public List<String> getNotices() {
    read();
    return notices;
  }

  /**
   * Reads the messages once the page renders, and afresh before: the shell's {@code rendered} tests
   * run already while a postback is decoded, before the action adds its confirmation, so a list
   * kept from then would stay empty.
   */
  private void read() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (settled) {
      return;
    }
    settled = faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE;
    problems = new ArrayList<>();
    notices = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          problems.add(new Problem(id, m.getSummary()));
        } else if (id == null) {
          notices.add(m.getSummary());
        }
      }
    }
  }
}
