package org.confederatio.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.confederatio.failure.Violations;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.Plausible;

/**
 * What a reader of the audit log asks for: who, what, which entity, whom, which canton, and the
 * days from and to (both included, in the confederation's time zone). Each is optional; a value
 * that is malformed or longer than the column it searches is refused by the name of its parameter,
 * never cut or guessed at.
 */
public record AuditFilter(
    Optional<String> actor,
    Optional<String> action,
    Optional<String> entityType,
    Optional<String> entityId,
    Optional<PersonId> person,
    Optional<CantonCode> canton,
    Optional<LocalDate> from,
    Optional<LocalDate> to) {

  private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern ACTION = Pattern.compile("[a-z-]{1,32}");
  private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z]{1,64}");
  private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** No filter: every entry the reader may see. */
  public static AuditFilter none() {
    return new AuditFilter(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Parses the parameters as given (null or empty: not asked for) and refuses every malformed one
   * at once.
   */
  public static AuditFilter parse(
      String actor,
      String action,
      String entityType,
      String entityId,
      String person,
      String canton,
      String from,
      String to) {
    Violations v = new Violations();
    AuditFilter filter =
        new AuditFilter(
            text(v, "actor", actor, ACTOR, "is a username: 1 to 64 letters, digits, '.', '_', '-'"),
            text(v, "action", action, ACTION, "is an action: 1 to 32 letters a-z and '-'"),
            text(v, "entityType", entityType, ENTITY_TYPE, "is an entity type: 1 to 64 letters"),
            text(
                v,
                "entityId",
                entityId,
                ENTITY_ID,
                "is an entity id: 1 to 128 letters, digits, '.', '_', ':', '/', '-'"),
            given(person).map(s -> v.parse("person", () -> PersonId.of(s))),
            given(canton).map(s -> v.parse("canton", () -> CantonCode.of(s))),
            date(v, "from", from),
            date(v, "to", to));
    v.check(
        filter.from().isEmpty()
            || filter.to().isEmpty()
            || !filter.to().get().isBefore(filter.from().get()),
        "to",
        "is before 'from'");
    v.throwIfAny();
    return filter;
  }

  private static Optional<String> given(String value) {
    return Optional.ofNullable(value).filter(Predicate.not(String::isEmpty));
  }

  private static Optional<String> text(
      Violations v, String field, String value, Pattern format, String message) {
    Optional<String> given = given(value);
    v.check(given.map(s -> format.matcher(s).matches()).orElse(true), field, message);
    return given.filter(s -> format.matcher(s).matches());
  }

  private static Optional<LocalDate> date(Violations v, String field, String value) {
    return given(value)
        .map(
            s ->
                v.parse(
                    field,
                    () -> {
                      if (!DATE.matcher(s).matches()) {
                        throw new IllegalArgumentException("is a date as YYYY-MM-DD");
                      }
                      LocalDate day;
                      try {
                        day = LocalDate.parse(s);
                      } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("is not a day of the calendar: " + s);
                      }
                      if (day.isBefore(Plausible.EARLIEST)) {
                        throw new IllegalArgumentException("is a day from 1900-01-01 on");
                      }
                      return day;
                    }));
  }
}
