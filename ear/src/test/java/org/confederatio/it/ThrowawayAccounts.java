package org.confederatio.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Logins of one test's own, for tests that lock an account out, change its password or throttle it:
 * the demo logins stay untouched for every other test. A black-box test deploys {@link #archive()}
 * with Arquillian ({@code @Deployment(testable = false)}) and calls {@link #create(URL)} with the
 * archive's address; {@link ThrowawayAccountsServlet} answers inside the test server. Nothing of it
 * ships in the application.
 */
final class ThrowawayAccounts {

  private ThrowawayAccounts() {}

  /** A login: its username and password. */
  record Login(String username, String password) {}

  static WebArchive archive() {
    return InServer.archive("throwaway-accounts.war")
        .addClasses(ThrowawayAccountsServlet.class, ThrowawayAccountCreator.class);
  }

  /** A new citizen's login, created through the deployed archive at {@code base}. */
  static Login create(URL base) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(base + "accounts"))
                      .POST(HttpRequest.BodyPublishers.noBody())
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("no throwaway login: " + response.body());
      }
      String[] lines = response.body().split("\n");
      return new Login(lines[0], lines[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
