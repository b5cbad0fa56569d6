package org.confederatio.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A form posted with a view state the server no longer holds (the session's views were replaced,
 * the server restarted) or never issued ends on a page that says so in the reader's language and
 * offers to reload, instead of an error with a stack trace; so does a post whose view state cannot
 * be read at all. The page is reached by a redirect, so it is rendered afresh rather than as the
 * failed post.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  static final String PAGE = "/error/expired.xhtml";

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      FacesContext faces = FacesContext.getCurrentInstance();
      while (events.hasNext()) {
        ExceptionQueuedEventContext event = events.next().getContext();
        ViewExpiredException expired = expired(event.getException());
        if (expired != null) {
          events.remove();
          redirect(faces, expired.getViewId());
        } else if (unreadableState(faces, event)) {
          events.remove();
          redirect(faces, faces.getExternalContext().getRequestServletPath());
        }
      }
      getWrapped().handle();
    }

    /**
     * A post whose view state could not even be read (not base64, cut short, tampered with): the
     * client sent it, so it is a foreign view state like any other, not a server error.
     */
    private static boolean unreadableState(FacesContext faces, ExceptionQueuedEventContext event) {
      return PhaseId.RESTORE_VIEW.equals(event.getPhaseId())
          && faces
              .getExternalContext()
              .getRequestParameterMap()
              .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
    }

    private static ViewExpiredException expired(Throwable thrown) {
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException expired) {
          return expired;
        }
      }
      return null;
    }

    private static void redirect(FacesContext faces, String viewId) {
      ExternalContext external = faces.getExternalContext();
      try {
        external.redirect(
            external.getRequestContextPath()
                + PAGE
                + "?view="
                + URLEncoder.encode(viewId == null ? "" : viewId, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new FacesException(e);
      }
      faces.responseComplete();
    }
  }
}
