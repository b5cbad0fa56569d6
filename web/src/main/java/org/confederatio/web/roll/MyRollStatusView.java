package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.confederatio.access.Callers;
import org.confederatio.roll.RollStatus;

/** The citizen's own status page (R5). */
@Named
@RequestScoped
public class MyRollStatusView {

  @Inject private RollStatus status;
  @Inject private Callers callers;

  private RollStatus.Status current;

  public RollStatus.Status getStatus() {
    if (current == null) {
      current = status.of(callers.current());
    }
    return current;
  }
}
