package org.confederatio.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.confederatio.web.language.Languages;
import org.confederatio.web.language.Messages;

/**
 * The language of a problem document, chosen by the request's {@code Accept-Language} among the
 * UI's three (English, Spanish, Esperanto; English when none of them is asked for). Titles and the
 * generic details come from the UI's bundles ({@code problem.*}); a violation's field stays as the
 * API names it, and a service's specific sentence stays English, which every client reads.
 */
final class ProblemLanguage {

  private final Locale locale;
  private final ResourceBundle bundle;

  private ProblemLanguage(Locale locale) {
    this.locale = locale;
    // no fallback to the JVM's default locale: English is the base bundle
    this.bundle =
        ResourceBundle.getBundle(
            Messages.BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The first of the caller's languages the UI speaks; English if none (or no headers). */
  static ProblemLanguage of(HttpHeaders headers) {
    return new ProblemLanguage(Languages.requested(null, headers));
  }

  boolean english() {
    return locale.getLanguage().equals("en");
  }

  /**
   * The text under {@code key} in the caller's language; in English, or where the bundles have
   * none, {@code otherwise}: English problems stay word for word what clients already parse.
   */
  String text(String key, String otherwise, Object... arguments) {
    if (english() || !bundle.containsKey(key)) {
      return otherwise;
    }
    return arguments.length == 0
        ? bundle.getString(key)
        : new MessageFormat(bundle.getString(key), locale).format(arguments);
  }
}
