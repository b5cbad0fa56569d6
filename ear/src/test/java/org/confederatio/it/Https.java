package org.confederatio.it;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Requests to the test server's HTTPS port. Its certificate is the one Liberty generates for
 * itself, so this client trusts any certificate: it checks headers, not the server's identity.
 */
final class Https {

  private static final int PORT = Integer.getInteger("test.https.port", 19443);

  private Https() {}

  static HttpResponse<String> get(String path) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {new TrustingManager()}, new SecureRandom());
    HttpClient client = HttpClient.newBuilder().sslContext(context).build();
    return client.send(
        HttpRequest.newBuilder(URI.create("https://localhost:" + PORT + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Trusts every certificate and host name: for the test server's self-signed one only. */
  private static final class TrustingManager extends X509ExtendedTrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
