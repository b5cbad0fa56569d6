package org.confederatio.web.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Every JSON request body of the API is checked by {@link JsonShape} before JSON-B binds it, so
 * that a value which does not fit its field is refused with the field's name (400) instead of being
 * wrapped, cut, coerced or ignored. One interceptor for the whole API: a resource cannot forget it.
 */
@Provider
public class StrictJson implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || isRaw(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (!new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      JsonShape.check(body, context.getGenericType());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"));
  }

  /** Bodies read as text, bytes or a JSON tree are the resource's own to check. */
  private static boolean isRaw(Class<?> type) {
    return type == String.class
        || type == byte[].class
        || InputStream.class.isAssignableFrom(type)
        || Reader.class.isAssignableFrom(type)
        || JsonValue.class.isAssignableFrom(type);
  }
}
