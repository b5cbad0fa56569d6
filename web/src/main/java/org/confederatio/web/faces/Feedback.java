package org.confederatio.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
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

  /**
   * The errors, read afresh each time: the shell's {@code rendered} tests run already while a
   * postback is decoded, before the action adds its confirmation, so a list kept from then would
   * stay empty.
   */
  public List<Problem> getProblems() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<Problem> problems = new ArrayList<>();
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next();
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          problems.add(new Problem(id, m.getSummary()));
        }
      }
    }
    return problems;
  }

  /** The confirmations of the whole page (success and warnings), read afresh like the errors. */
  public List<String> getNotices() {
    return FacesContext.getCurrentInstance().getMessageList(null).stream()
        .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) < 0)
        .map(FacesMessage::getSummary)
        .toList();
  }
}
