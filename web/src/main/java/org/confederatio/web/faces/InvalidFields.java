package org.confederatio.web.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;

/**
 * Marks every refused field for assistive technology, on every page at once: {@code
 * aria-invalid="true"}, and {@code aria-describedby} pointing at the message beside it. A page
 * names that message after its field: {@code <h:message for="year" id="year-message"/>}.
 */
public class InvalidFields implements SystemEventListener {

  /** The suffix of the id of the message that stands beside a field. */
  public static final String MESSAGE_SUFFIX = "-message";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIInput;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIInput input = (UIInput) event.getSource();
    FacesContext faces = FacesContext.getCurrentInstance();
    String clientId = input.getClientId(faces);
    boolean refused = !input.isValid() || !faces.getMessageList(clientId).isEmpty();
    Map<String, Object> attributes = input.getPassThroughAttributes();
    // the page's own description (a hint), kept apart so that the message is added to it once
    Object hint =
        input
            .getAttributes()
            .computeIfAbsent(HINT, k -> attributes.getOrDefault("aria-describedby", ""));
    UIComponent message = input.findComponent(input.getId() + MESSAGE_SUFFIX);
    if (!refused || message == null) {
      attributes.remove("aria-invalid");
      restore(attributes, hint.toString());
      if (refused) {
        attributes.put("aria-invalid", "true");
      }
      return;
    }
    attributes.put("aria-invalid", "true");
    restore(attributes, (hint + " " + message.getClientId(faces)).trim());
  }

  private static final String HINT = InvalidFields.class.getName() + ".hint";

  private static void restore(Map<String, Object> attributes, String describedBy) {
    if (describedBy.isEmpty()) {
      attributes.remove("aria-describedby");
    } else {
      attributes.put("aria-describedby", describedBy);
    }
  }
}
