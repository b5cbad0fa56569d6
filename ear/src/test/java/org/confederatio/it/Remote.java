package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * Calls to an extra server ({@link ServerProcess}) as one of its demo logins or anonymously: {@link
 * Api} speaks to the suite's own server only.
 */
final class Remote {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String baseUrl;
  private final String authorization;

  private Remote(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  static Remote anonymous(String baseUrl) {
    return new Remote(baseUrl, null);
  }

  static Remote as(String baseUrl, String username, String password) {
    return new Remote(
        baseUrl,
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
  }

  /** The demo passwords an extra server wrote into its folder on its first start. */
  static Properties demoLogins(Path serverDirectory) {
    Properties passwords = new Properties();
    try (var in = Files.newBufferedReader(serverDirectory.resolve("demo-logins.properties"))) {
      passwords.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passwords;
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(body(body)));
  }

  /** The same, answered later: for a call that a test-only pause keeps waiting. */
  CompletableFuture<HttpResponse<String>> postLater(String path, String contentType, String body) {
    return HTTP.sendAsync(
        request(path).header("Content-Type", contentType).POST(body(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.BodyPublisher body(String body) {
    return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofMinutes(3))
            .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
