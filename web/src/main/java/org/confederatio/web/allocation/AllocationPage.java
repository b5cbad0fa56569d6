package org.confederatio.web.allocation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Caller;
import org.confederatio.access.Callers;
import org.confederatio.allocation.AllocationRun;
import org.confederatio.allocation.AllocationRuns;
import org.confederatio.allocation.PublishedRuns;
import org.confederatio.failure.Refusal;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.faces.Publication;
import org.confederatio.web.faces.Refusals;
import org.confederatio.web.language.Messages;

/**
 * The canton's allocation runs: the clerk starts, follows, stops, restarts and publishes them; the
 * policy officer reads them. One run is shown at a time, beside the run it would replace or
 * replaced.
 *
 * <p>View-scoped, so that the run the page shows is known while a posted form is decoded: with a
 * request-scoped bean the view parameter {@code run} reached the bean only after the buttons were
 * decoded, the Publish button then counted as not rendered, and its click was silently dropped.
 * Publishing takes two posts, the button and then a confirmation (with a reason for a correction),
 * all on the server, so the page needs no script for it.
 */
@Named
@ViewScoped
public class AllocationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AllocationRuns runs;
  @Inject private PublishedRuns published;
  @Inject private Callers callers;
  @Inject private Messages messages;
  @Inject private FiscalCalendar calendar;
  @Inject private AllocationFigures figures;

  @PostConstruct
  void thisYear() {
    year = calendar.currentYear() - 1;
  }

  private int year;
  private Long run;
  private final Publication publication = new Publication();
  private transient AllocationRuns.View view;
  private transient List<AllocationRun.Summary> list;
  private transient PublishedRuns.Comparison comparison;

  public List<AllocationRun.Summary> getRuns() {
    if (list == null) {
      Caller caller = callers.current();
      list = runs.list(caller, caller.canton().orElseThrow(), Optional.empty());
    }
    return list;
  }

  public AllocationRuns.View getView() {
    if (view == null && run != null) {
      try {
        view = runs.view(callers.current(), run);
      } catch (Refusal refusal) {
        error(messages.format("allocation.refused.view", run));
        run = null;
      }
    }
    return view;
  }

  /** The shown run beside the run it replaced, or else the run in force of its year (A12). */
  public PublishedRuns.Comparison getComparison() {
    if (comparison == null && getView() != null && !getView().lines().isEmpty()) {
      try {
        comparison = published.compare(callers.current(), run);
      } catch (Refusal nothingToCompare) {
        return null;
      }
    }
    return comparison;
  }

  /** The published run in force of the shown run's canton and year, if it is another (A12). */
  public AllocationRun.Summary getInForce() {
    if (getView() == null) {
      return null;
    }
    AllocationRun.Summary shown = getView().run();
    return getRuns().stream()
        .filter(r -> r.inForce() && r.year() == shown.year() && r.id() != shown.id())
        .findFirst()
        .orElse(null);
  }

  public boolean isRunning() {
    return getView() != null && getView().run().state() == AllocationRun.State.RUNNING;
  }

  public String start() {
    try {
      Caller caller = callers.current();
      AllocationRuns.View started =
          runs.start(caller, caller.canton().orElseThrow(), Params.fiscalYear("year", year), null);
      return show(started.run().id());
    } catch (Refusal refusal) {
      if (refusal instanceof org.confederatio.failure.Invalid) {
        // the year is the one field: its refusal goes beside it, in the reader's words
        Refusals.show(FacesContext.getCurrentInstance(), "start", refusal);
      } else {
        error(messages.get("allocation.refused.start"));
      }
      return null;
    }
  }

  public String stop() {
    return act("allocation.refused.stop", () -> runs.stop(callers.current(), run));
  }

  public String restart() {
    return act("allocation.refused.restart", () -> runs.restart(callers.current(), run));
  }

  public String confirmPublish() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      AllocationRun.Summary seen = getInForce();
      AllocationRuns.View done =
          runs.publish(
              callers.current(), run, publication.getReason(), seen == null ? null : seen.id());
      AllocationRun.Summary r = done.run();
      String text =
          r.replaces() == null
              ? MessageFormat.format(
                  messages.get("allocation.published.first"),
                  Long.toString(r.id()),
                  figures.canton(r.canton()),
                  Integer.toString(r.year()))
              : MessageFormat.format(
                  messages.get("allocation.published.correction"),
                  Long.toString(r.id()),
                  figures.canton(r.canton()),
                  Integer.toString(r.year()),
                  Long.toString(r.replaces().run()));
      Publication.published(faces, text);
      return show(r.id());
    } catch (Refusal refusal) {
      // read the runs again: another run may have come into force since the page was shown, and
      // then the reason field must be there to carry its message
      list = null;
      view = null;
      comparison = null;
      AllocationRun.Summary inForce = getInForce();
      String required =
          inForce == null
              ? null
              : messages.format(
                  "allocation.reason.required",
                  Long.toString(inForce.id()),
                  inForce.canton(),
                  Integer.toString(inForce.year()));
      publication.refused(faces, "actions", refusal, required, messages);
      return null;
    }
  }

  /**
   * Stop and restart: a refusal (the run moved on since the page was shown) is said in the reader's
   * words, the service's English staying in the API's problem details.
   */
  private String act(String refused, java.util.function.Supplier<AllocationRuns.View> action) {
    try {
      return show(action.get().run().id());
    } catch (Refusal refusal) {
      view = null;
      list = null;
      error(messages.format(refused, run));
      return null;
    }
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static String show(long id) {
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&run="
        + id;
  }

  public Publication getPublication() {
    return publication;
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
