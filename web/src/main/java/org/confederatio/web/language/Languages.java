package org.confederatio.web.language;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language a person reads the UI in: chosen on any page, else the best match of the browser's.
 */
@Named
@SessionScoped
public class Languages implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The supported languages, in the order the switcher shows them. */
  public static final List<String> TAGS = List.of("en", "es", "eo");

  private Locale chosen;

  /**
   * The language of a document or a problem the API sends: {@code lang} if the page that linked to
   * it named one of the three, else the first of the request's {@code Accept-Language} that the UI
   * speaks, else English. A header that cannot be read counts as none.
   */
  public static Locale requested(String lang, jakarta.ws.rs.core.HttpHeaders headers) {
    if (lang != null && TAGS.contains(lang)) {
      return Locale.forLanguageTag(lang);
    }
    List<Locale> asked;
    try {
      asked = headers == null ? List.of() : headers.getAcceptableLanguages();
    } catch (RuntimeException unreadable) {
      asked = List.of();
    }
    return asked.stream()
        .map(Locale::getLanguage)
        .filter(TAGS::contains)
        .findFirst()
        .map(Locale::forLanguageTag)
        .orElse(Locale.ENGLISH);
  }

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces.getApplication().getViewHandler().calculateLocale(faces);
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public List<String> getTags() {
    return TAGS;
  }

  /**
   * Switches the language and shows the same page again, by a redirect: a view is built in its
   * locale, so only a new view shows the new language. View parameters (such as the sign-in page's
   * {@code next}) are kept.
   */
  public String choose(String tag) {
    if (TAGS.contains(tag)) {
      chosen = Locale.forLanguageTag(tag);
    }
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
