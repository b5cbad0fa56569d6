package org.confederatio.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Everything the application keeps in an HTTP session can be written to the session database and
 * read back by the other instance of a pair (sessions-database.xml): the signed-in caller and every
 * {@code @SessionScoped} or {@code @ViewScoped} bean, found by scanning the module. Injected fields
 * are CDI proxies, whose passivation Weld checks when it deploys; every other field that is not
 * transient must hold a serializable value, down to the fields of the application's own classes.
 * PairIT proves the same on two running servers.
 */
class SessionStateSerializableTest {

  private static final Set<Class<?>> CONTAINERS = Set.of(List.class, Set.class, Map.class);

  private static List<Class<?>> sessionBeans() {
    return new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.confederatio.web")
            .stream()
            .filter(
                c -> c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class))
            .<Class<?>>map(c -> c.reflect())
            .toList();
  }

  @Test
  void findsTheSessionBeans() {
    List<String> names = sessionBeans().stream().map(Class::getSimpleName).toList();
    // a scan that finds nothing would prove nothing
    assertTrue(
        names.containsAll(List.of("Languages", "AllocationPage", "PoliciesPage")),
        names.toString());
  }

  @Test
  void sessionBeansHoldOnlySerializableState() throws ClassNotFoundException {
    List<Class<?>> beans = new ArrayList<>(sessionBeans());
    beans.add(Class.forName("org.confederatio.web.access.SessionCaller"));
    List<String> problems = new ArrayList<>();
    for (Class<?> bean : beans) {
      check(bean, bean.getName(), problems, new HashSet<>());
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theSignedInCallerSurvivesARoundTrip() throws Exception {
    Class<?> type = Class.forName("org.confederatio.web.access.SessionCaller");
    var constructor = type.getDeclaredConstructor(String.class, Set.class);
    constructor.setAccessible(true);
    Object caller = constructor.newInstance("clerk-zh", Set.copyOf(List.of("clerk")));
    assertEquals(caller, roundTrip(caller));
  }

  private static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  /** A class kept in the session: serializable, and so is every field it writes. */
  private static void check(
      Class<?> type, String where, List<String> problems, Set<Class<?>> seen) {
    if (type.isPrimitive() || type.isEnum() || !seen.add(type)) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(type)) {
      problems.add(where + ": " + type.getName() + " is not Serializable");
      return;
    }
    if (!type.getName().startsWith("org.confederatio.")) {
      return; // the JDK's serializable classes write themselves
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(Inject.class)) {
          continue;
        }
        checkType(field.getGenericType(), where + "." + field.getName(), problems, seen);
      }
    }
  }

  private static void checkType(
      Type type, String where, List<String> problems, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (!CONTAINERS.contains(raw) && !Collection.class.equals(raw)) {
        check(raw, where, problems, seen);
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        checkType(argument, where + "<>", problems, seen);
      }
    } else if (type instanceof WildcardType wildcard) {
      for (Type bound : wildcard.getUpperBounds()) {
        checkType(bound, where, problems, seen);
      }
    } else if (type instanceof Class<?> raw) {
      if (raw.isArray()) {
        checkType(raw.getComponentType(), where + "[]", problems, seen);
      } else if (raw.isInterface() && CONTAINERS.contains(raw)) {
        problems.add(where + ": a raw " + raw.getSimpleName());
      } else if (raw == Optional.class) {
        problems.add(where + ": Optional is not Serializable");
      } else if (raw != Object.class) {
        check(raw, where, problems, seen);
      }
    }
  }

  @Test
  void theCheckSeesAnUnserializableField() {
    List<String> problems = new ArrayList<>();
    check(Holder.class, "Holder", problems, new HashSet<>());
    assertFalse(problems.isEmpty());
  }

  /** Serializable, but a list of threads is not. */
  static final class Holder implements Serializable {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("unused")
    private List<Thread> threads = List.of();
  }
}
