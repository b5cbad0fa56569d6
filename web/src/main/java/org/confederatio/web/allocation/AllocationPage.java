package org.confederatio.web.allocation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.AllocationRuns;
import org.confederatio.failure.Refusal;
import org.confederatio.time.FiscalCalendar;

/**
 * The canton's allocation runs: the clerk starts, follows, stops, restarts and publishes them; the
 * policy officer reads them. One run is shown at a time, with its lines beside the published ones.
 */
@Named
@RequestScoped
public class AllocationPage {

  @Inject private AllocationRuns runs;
  @Inject private Callers callers;
  @Inject private FacesContext faces;
  @Inject private FiscalCalendar calendar;

  @PostConstruct
  void thisYear() {
    year = calendar.currentYear() - 1;
  }

  private int year;
  private Long run;
  private AllocationRuns.View view;
  private List<AllocationRun.Summary> list;
  private List<AllocationRuns.Difference> comparison;

  public List<AllocationRun.Summary> getRuns() {
    if (list == null) {
      Caller caller = callers.current();
      list = runs.list(caller, caller.canton().orElseThrow(), null);
    }
    return list;
  }

  public AllocationRuns.View getView() {
    if (view == null && run != null) {
      try {
        view = runs.view(callers.current(), run);
      } catch (Refusal refusal) {
        error(refusal);
        run = null;
      }
    }
    return view;
  }

  /** The draft beside the published run of its year, when there is one to compare with. */
  public List<AllocationRuns.Difference> getComparison() {
    if (comparison == null
        && getView() != null
        && getView().run().state() == AllocationRun.State.DRAFT) {
      try {
        comparison = runs.compare(callers.current(), run);
      } catch (Refusal nothingPublished) {
        comparison = List.of();
      }
    }
    return comparison == null ? List.of() : comparison;
  }

  public boolean isRunning() {
    return getView() != null && getView().run().state() == AllocationRun.State.RUNNING;
  }

  public String start() {
    try {
      Caller caller = callers.current();
      AllocationRuns.View started = runs.start(caller, caller.canton().orElseThrow(), year, null);
      return show(started.run().id());
    } catch (Refusal refusal) {
      error(refusal);
      return null;
    }
  }

  public String stop() {
    return act(() -> runs.stop(callers.current(), run));
  }

  public String restart() {
    return act(() -> runs.restart(callers.current(), run));
  }

  public String publish() {
    return act(() -> runs.publish(callers.current(), run));
  }

  private String act(java.util.function.Supplier<AllocationRuns.View> action) {
    try {
      return show(action.get().run().id());
    } catch (Refusal refusal) {
      error(refusal);
      return null;
    }
  }

  private String show(long id) {
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&run=" + id;
  }

  private void error(Refusal refusal) {
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Long getRun() {
    return run;
  }

  public void setRun(Long run) {
    this.run = run;
  }
}
