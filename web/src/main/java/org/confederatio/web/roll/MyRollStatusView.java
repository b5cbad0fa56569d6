package org.confederatio.web.roll;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.roll.RollStatus;
import org.confederatio.rules.api.canton.CantonCode;

/** The citizen's own status page (R5). */
@Named
@RequestScoped
public class MyRollStatusView {

  @Inject private RollStatus status;
  @Inject private Callers callers;
  @Inject private CantonRegistry cantons;

  private RollStatus.Status current;
  private final Map<String, String> names = new HashMap<>();

  /** A canton as a citizen knows it: its name, with its code ({@code Lacus (LAC)}). */
  public String canton(String code) {
    return names.computeIfAbsent(
        code,
        c -> {
          try {
            return cantons.find(CantonCode.of(c)).name() + " (" + c + ")";
          } catch (Refusal | IllegalArgumentException unknown) {
            return c;
          }
        });
  }

  public RollStatus.Status getStatus() {
    if (current == null) {
      current = status.of(callers.current());
    }
    return current;
  }
}
