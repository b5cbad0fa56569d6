package org.confederatio.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.ResourceBundle;
import org.confederatio.rules.api.notation.Notation;
import org.confederatio.web.language.Messages;

/**
 * Whole numbers typed into a page, read as {@link Notation} writes them, as the API reads them: the
 * standard converters take {@code +5} and digits of other scripts, and say nothing a person can act
 * on about a number that does not fit. Registered in {@code faces-config.xml} for {@code Integer}
 * and {@code Long}, in place of the standard ones; the message shows beside the field.
 */
public class WholeNumberConverter implements Converter<Number> {

  private final boolean isLong;

  /** For {@code Integer}. */
  public WholeNumberConverter() {
    this(false);
  }

  WholeNumberConverter(boolean isLong) {
    this.isLong = isLong;
  }

  @Override
  public Number getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long number =
          isLong
              ? Notation.integer(value.strip(), Long.MIN_VALUE, Long.MAX_VALUE)
              : Notation.integer(value.strip(), Integer.MIN_VALUE, Integer.MAX_VALUE);
      return isLong ? Long.valueOf(number) : Integer.valueOf((int) number);
    } catch (IllegalArgumentException e) {
      String text =
          ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale())
              .getString("input.wholeNumber");
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Number value) {
    return value == null ? "" : value.toString();
  }

  /** For {@code Long}. */
  public static class ForLong extends WholeNumberConverter {
    public ForLong() {
      super(true);
    }
  }
}
