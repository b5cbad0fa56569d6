package org.confederatio.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.confederatio.web.home.Navigation;

/** What the error pages link to. */
@Named
@RequestScoped
public class ErrorPage {

  /** A page of ours: a path of plain segments ending in .xhtml, never another host. */
  private static final Pattern OUR_PAGE = Pattern.compile("(/[A-Za-z0-9_-]+)+\\.xhtml");

  @Inject private FacesContext faces;
  @Inject private Navigation navigation;

  /** The page whose form expired, to load afresh; the reader's home if it is not one of ours. */
  public String getReload() {
    String view = faces.getExternalContext().getRequestParameterMap().get("view");
    return view != null && OUR_PAGE.matcher(view).matches() ? view : navigation.getHome();
  }
}
