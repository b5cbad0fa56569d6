package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in through the sign-in page as a browser does, without a browser: loads the form, posts it
 * with its view state and session cookie, and keeps what the server answered.
 */
final class FormSignIn {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** The page as first loaded, and the answer to the posted form. */
  final HttpResponse<String> page;

  final HttpResponse<String> answer;

  private FormSignIn(HttpResponse<String> page, HttpResponse<String> answer) {
    this.page = page;
    this.answer = answer;
  }

  static FormSignIn as(String username, String password) {
    return as(username, password, null);
  }

  /** Signs in from a client address of the test's own (see {@link Api#from}), or localhost. */
  static FormSignIn as(String username, String password, String clientAddress) {
    HttpResponse<String> page = send(base("/login.xhtml", clientAddress).GET());
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on the sign-in page");
    }
    String form =
        form(
            Map.of(
                "signIn_SUBMIT",
                "1",
                "signIn:username",
                username,
                "signIn:password",
                password,
                "signIn:next",
                "",
                "signIn:submit",
                "Sign in",
                "jakarta.faces.ViewState",
                state.group(1)));
    HttpResponse<String> answer =
        send(
            base("/login.xhtml", clientAddress)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie(page, "JSESSIONID").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    return new FormSignIn(page, answer);
  }

  /**
   * Loads a page with a session cookie and posts one of its forms, as a browser does: the form's
   * fields are named {@code form:field}, the view state is the page's.
   */
  static HttpResponse<String> submit(
      String cookie, String clientAddress, String path, String form, Map<String, String> fields) {
    HttpResponse<String> page = send(base(path, clientAddress).header("Cookie", cookie).GET());
    Matcher state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on " + path + ": " + page.statusCode());
    }
    var posted = new java.util.LinkedHashMap<String, String>();
    posted.put(form + "_SUBMIT", "1");
    fields.forEach((name, value) -> posted.put(form + ":" + name, value));
    posted.put("jakarta.faces.ViewState", state.group(1));
    return send(
        base(path, clientAddress)
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form(posted))));
  }

  /** The session cookie to send from now on ({@code JSESSIONID=...}): the sign-in's new one. */
  String sessionCookie() {
    return cookie(answer, "JSESSIONID").or(() -> cookie(page, "JSESSIONID")).orElseThrow();
  }

  /** The Set-Cookie header a response gives the named cookie, attributes included. */
  static Optional<String> setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst();
  }

  private static Optional<String> cookie(HttpResponse<?> response, String name) {
    return setCookie(response, name).map(c -> c.split(";", 2)[0]);
  }

  private static HttpRequest.Builder base(String path, String clientAddress) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DemoLogins.BASE_URL + path));
    return clientAddress == null ? builder : builder.header("X-Forwarded-For", clientAddress);
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** For messages: every cookie a response sets. */
  static List<String> cookies(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie");
  }
}
