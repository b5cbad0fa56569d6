package org.confederatio.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the black-box tests of the running server. */
final class Api {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final String authorization;
  private final String username;
  private final String password;
  private final String cookie;
  private final String clientAddress;

  private Api(
      String authorization, String username, String password, String cookie, String clientAddress) {
    this.authorization = authorization;
    this.username = username;
    this.password = password;
    this.cookie = cookie;
    this.clientAddress = clientAddress;
  }

  static Api anonymous() {
    return new Api(null, null, null, null, null);
  }

  /**
   * A browser's request: only the session cookie of a form sign-in ({@code name=value}), no
   * Authorization header.
   */
  static Api withCookie(String cookie) {
    return new Api(null, null, null, cookie, null);
  }

  /**
   * The same caller seen from another client address. The test server trusts X-Forwarded-For from
   * localhost (its remoteIp), so that throttling tests play their own clients.
   */
  Api from(String address) {
    return new Api(authorization, username, password, cookie, address);
  }

  /** A fresh address from TEST-NET-2 (RFC 5737), used by no real client. */
  static String freshAddress() {
    var random = java.util.concurrent.ThreadLocalRandom.current();
    return "198.51." + random.nextInt(256) + "." + (1 + random.nextInt(254));
  }

  static Api as(String username) {
    return as(username, DemoLogins.password(username));
  }

  static Api as(String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api("Basic " + token, username, password, null, null);
  }

  /** The login of this client, to sign in with it in a browser too. */
  String username() {
    return username;
  }

  String password() {
    return password;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** A GET that asks for a representation, e.g. {@code text/csv}. */
  HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** A download as this client, as bytes (a PDF, or a CSV read exactly as sent). */
  HttpResponse<byte[]> download(String path, String accept) {
    try {
      return HTTP.send(
          request(path).header("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A GET as a browser set to {@code language} sends it. */
  HttpResponse<String> getWithLanguage(String path, String language) {
    return send(request(path).header("Accept-Language", language).GET());
  }

  /** A JSON POST from a client that asks for answers in {@code language}. */
  HttpResponse<String> postJsonWithLanguage(String path, String json, String language) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static JsonObject json(HttpResponse<String> response) {
    return (JsonObject) structure(response);
  }

  static JsonStructure structure(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  HttpResponse<String> putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A PUT that quotes the version it replaces, as {@code If-Match}. */
  HttpResponse<String> putJson(String path, String json, String ifMatch) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", ifMatch)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> postCsv(String path, String csv) {
    return send(
        request(path)
            .header("Content-Type", "text/csv")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  /** Any method, with a body of any media type (null: no Content-Type header). */
  HttpResponse<String> send(String method, String path, String contentType, String body) {
    HttpRequest.Builder builder =
        request(path)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return send(builder);
  }

  HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  HttpResponse<String> patchJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(DemoLogins.BASE_URL + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (cookie != null) {
      builder.header("Cookie", cookie);
    }
    if (clientAddress != null) {
      builder.header("X-Forwarded-For", clientAddress);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
