package org.confederatio.web.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A form posted with a view state the server no longer holds (the session's views were replaced,
 * the server restarted) or never issued ends on a page that says so in the reader's language and
 * offers to reload, instead of an error with a stack trace. The page is reached by a redirect, so
 * it is rendered afresh rather than as the failed post.
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
      while (events.hasNext()) {
        ViewExpiredException expired = expired(events.next().getContext().getException());
        if (expired != null) {
          events.remove();
          redirect(FacesContext.getCurrentInstance(), expired.getViewId());
        }
      }
      getWrapped().handle();
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
