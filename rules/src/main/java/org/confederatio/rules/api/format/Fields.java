package org.confederatio.rules.api.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.confederatio.rules.api.money.Money;

/** Typed reading of one field of a JSON object, with errors that name the file, line and field. */
final class Fields {

  private final String file;
  private final Json.Obj obj;
  private final String prefix;

  Fields(String file, Json.Obj obj, String prefix) {
    this.file = file;
    this.obj = obj;
    this.prefix = prefix;
  }

  BadInput error(String field, String problem) {
    return new BadInput(file, obj.lineOf(field), prefix + field, problem);
  }

  boolean isNull(String field) {
    return obj.values.get(field) == null;
  }

  Object required(String field) throws BadInput {
    if (!obj.values.containsKey(field) || obj.values.get(field) == null) {
      throw new BadInput(file, obj.line, prefix + field, "is required");
    }
    return obj.values.get(field);
  }

  String string(String field) throws BadInput {
    Object value = required(field);
    if (!(value instanceof String s)) {
      throw error(field, "must be a string");
    }
    return s;
  }

  /** A decimal given as a string ("0.008") or a JSON number. */
  BigDecimal decimal(String field) throws BadInput {
    Object value = required(field);
    try {
      return value instanceof BigDecimal d ? d : new BigDecimal(((String) value).strip());
    } catch (NumberFormatException | ClassCastException e) {
      throw error(field, "must be a decimal such as \"0.008\", not " + value);
    }
  }

  long integer(String field) throws BadInput {
    BigDecimal value = decimal(field);
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      throw error(field, "must be a whole number, not " + value.toPlainString());
    }
  }

  Money money(String field) throws BadInput {
    return parse(field, v -> Money.parse(v), decimal(field).toPlainString());
  }

  LocalDate date(String field) throws BadInput {
    String value = string(field);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw error(field, "must be a date such as 2026-06-30, not '" + value + "'");
    }
  }

  List<String> strings(String field) throws BadInput {
    Object value = required(field);
    if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw error(field, "must be a list of strings");
    }
    return list.stream().map(String.class::cast).toList();
  }

  <T> T parse(String field, Function<String, T> parser, String value) throws BadInput {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw error(field, e.getMessage());
    }
  }
}
