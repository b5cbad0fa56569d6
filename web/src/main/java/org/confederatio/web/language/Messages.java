package org.confederatio.web.language;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The UI's strings in the caller's language, for the few that Java code (not a page) produces. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "org.confederatio.web.i18n.messages";

  @Inject private Languages languages;

  public String get(String key) {
    return ResourceBundle.getBundle(BUNDLE, languages.getLocale()).getString(key);
  }

  /** A message with {@code {0}}-style arguments, numbers formatted for the language. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), languages.getLocale()).format(arguments);
  }
}
