package org.confederatio.web.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every API method that takes a body says which media type with {@code @Consumes}, and none takes
 * what a page of another site can send without asking (a form, {@code text/plain}, multipart) or
 * anything at all ({@code *}{@code /*}). Methods without a body are {@link BodilessRequests}'.
 */
class DeclaredMediaTypesTest {

  private static final Set<String> CROSS_SITE_SENDABLE =
      Set.of(
          "*/*",
          "text/*",
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data",
          "multipart/*");

  private static List<Method> changingMethods() throws IOException, ClassNotFoundException {
    List<Method> methods = new ArrayList<>();
    var classes = Paths.get("target/classes");
    try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/confederatio/web"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        Class<?> type = Class.forName(name, false, DeclaredMediaTypesTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          Arrays.stream(type.getDeclaredMethods())
              .filter(
                  m ->
                      m.isAnnotationPresent(POST.class)
                          || m.isAnnotationPresent(PUT.class)
                          || m.isAnnotationPresent(PATCH.class)
                          || m.isAnnotationPresent(DELETE.class))
              .forEach(methods::add);
        }
      }
    }
    return methods;
  }

  @Test
  void everyMethodThatTakesABodyDeclaresItsMediaType() throws Exception {
    List<String> undeclared = new ArrayList<>();
    List<String> open = new ArrayList<>();
    List<Method> methods = changingMethods();
    for (Method method : methods) {
      if (!BodilessRequests.takesBody(method)) {
        continue;
      }
      Consumes consumes = method.getAnnotation(Consumes.class);
      if (consumes == null) {
        consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
      }
      String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      if (consumes == null) {
        undeclared.add(where);
      } else {
        Arrays.stream(consumes.value())
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(v -> v.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT))
            .filter(CROSS_SITE_SENDABLE::contains)
            .forEach(v -> open.add(where + " takes " + v));
      }
    }

    assertFalse(methods.isEmpty(), "found the resources");
    assertTrue(undeclared.isEmpty(), "no @Consumes: " + undeclared);
    assertTrue(open.isEmpty(), "sendable by another site: " + open);
  }

  @Test
  void theBodilessMethodsAreRecognized() throws Exception {
    List<String> bodiless =
        changingMethods().stream()
            .filter(m -> !BodilessRequests.takesBody(m))
            .map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName())
            .toList();

    assertTrue(bodiless.contains("RunsResource.stop"), bodiless.toString());
    assertFalse(bodiless.contains("RunsResource.publish"), "a publication may carry its reason");
    assertTrue(bodiless.contains("OrganizationsResource.reinstate"), bodiless.toString());
    assertFalse(bodiless.contains("CantonsResource.register"), bodiless.toString());
  }
}
