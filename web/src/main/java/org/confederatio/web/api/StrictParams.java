package org.confederatio.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.rules.api.money.BasisPoints;
import org.confederatio.rules.api.notation.Notation;

/**
 * Path, query and header parameters of the domain's value types ({@link FiscalYear}, {@link
 * PersonId}, {@link OrganizationId}, {@link CantonCode}, {@link BasisPoints}), each checked once by
 * its constructor, and whole numbers read as {@link Notation} writes them. Jakarta REST's own
 * conversion answers {@code ?year=abc} with a 404 (as if the address did not exist) and reads
 * {@code ١٢} as 12; here a malformed number is a 400 problem naming the parameter. The ranges a
 * parameter must lie in are the resource's ({@link Params}).
 */
@Provider
public class StrictParams implements ParamConverterProvider {

  @Override
  @SuppressWarnings("unchecked")
  public <T> ParamConverter<T> getConverter(Class<T> raw, Type generic, Annotation[] annotations) {
    String name = name(annotations);
    if (raw == Integer.class || raw == int.class) {
      return (ParamConverter<T>)
          new Whole<>(name, s -> (int) Notation.integer(s, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (raw == Long.class || raw == long.class) {
      return (ParamConverter<T>)
          new Whole<>(name, s -> Notation.integer(s, Long.MIN_VALUE, Long.MAX_VALUE));
    }
    if (raw == FiscalYear.class) {
      return (ParamConverter<T>)
          new Whole<>(
              name,
              s -> FiscalYear.of((int) Notation.integer(s, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }
    if (raw == BasisPoints.class) {
      return (ParamConverter<T>)
          new Whole<>(
              name,
              s -> BasisPoints.of((int) Notation.integer(s, Integer.MIN_VALUE, Integer.MAX_VALUE)));
    }
    if (raw == PersonId.class) {
      return (ParamConverter<T>) new Whole<>(name, PersonId::of);
    }
    if (raw == OrganizationId.class) {
      return (ParamConverter<T>) new Whole<>(name, OrganizationId::of);
    }
    if (raw == CantonCode.class) {
      return (ParamConverter<T>) new Whole<>(name, CantonCode::of);
    }
    return null;
  }

  private record Whole<T>(String name, Function<String, T> parse) implements ParamConverter<T> {
    @Override
    public T fromString(String value) {
      if (value == null) {
        return null;
      }
      try {
        return parse.apply(value);
      } catch (IllegalArgumentException e) {
        // a WebApplicationException reaches the exception mappers as it is; any other exception
        // from a converter would become a 404
        throw new BadRequestException(new Invalid(name, e.getMessage()));
      }
    }

    @Override
    public String toString(T value) {
      return String.valueOf(value);
    }
  }

  private static String name(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      } else if (a instanceof PathParam p) {
        return p.value();
      } else if (a instanceof HeaderParam h) {
        return h.value();
      } else if (a instanceof FormParam f) {
        return f.value();
      } else if (a instanceof MatrixParam m) {
        return m.value();
      } else if (a instanceof CookieParam c) {
        return c.value();
      }
    }
    return "parameter";
  }
}
