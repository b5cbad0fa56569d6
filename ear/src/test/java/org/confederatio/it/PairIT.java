package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one fresh PostgreSQL database behind HAProxy (scripts/haproxy.cfg, as {@code
 * scripts/pair} runs it), started at the same moment: both migrate and seed the demo logins without
 * failing, and one file holds passwords that work. A clerk signs in through the balancer and opens
 * a page; the instance that served them is killed with {@code kill -9}; the next request through
 * the balancer succeeds on the other instance, signed in as the same clerk, and the page's form
 * posted across the kill still works (its view state and the session-scoped language come from the
 * session database). A run that instance was computing, its job blocked at a point the test chose,
 * is finished by the survivor with the lines and digest of an uninterrupted run.
 *
 * <p>Ports: {@code -Dit.pair.port} for HAProxy, {@code it.pair.a.port} and {@code it.pair.b.port}
 * for the instances (HTTPS on {@code it.pair.a.https.port}, {@code it.pair.b.https.port}); the
 * database {@code it.pair.database}; HAProxy's binary {@code it.haproxy} (default: haproxy on the
 * PATH, else /usr/sbin/haproxy). Skipped with {@code -Dit.pg.skip=true}. Only in the Derby run of
 * the suite: its servers are on PostgreSQL anyway.
 */
class PairIT {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SPANISH_BUTTON = Pattern.compile("<input[^>]*lang=\"es\"[^>]*>");
  private static final Pattern SPANISH_PAGE = Pattern.compile("<html[^>]*\\blang=\"es\"");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"language\"[^>]*action=\"([^\"]+)\"");
  private static final String INSTANCE = "X-Confederatio-Instance";

  private final String database = System.getProperty("test.pair.database", "confederatio_pair");
  private final int balancerPort = Integer.getInteger("test.pair.port", 19290);
  private final Map<String, String> ports =
      Map.of(
          "a", System.getProperty("test.pair.a.port", "19291"),
          "b", System.getProperty("test.pair.b.port", "19292"));
  private final Map<String, String> httpsPorts =
      Map.of(
          "a", System.getProperty("test.pair.a.https.port", "19691"),
          "b", System.getProperty("test.pair.b.https.port", "19692"));

  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          // as a browser: no "Upgrade: h2c", after which HAProxy would only tunnel the bytes
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  void aSignedInClerkOutlivesTheInstanceThatServedThem() throws Exception {
    assumeFalse(Boolean.getBoolean("test.pg.skip"), "PostgreSQL left out (-Dit.pg.skip=true)");
    // the suite's PostgreSQL run has no ports for it (ear/pom.xml): its servers are on PostgreSQL
    // whatever the run, so the Derby run's is enough
    assumeTrue(System.getProperty("test.pair.port") != null, "PairIT runs in the Derby run only");
    Instant began = Instant.now();
    Postgres.recreate(database);
    Path logins =
        Path.of(System.getProperty("test.server.dir")).resolveSibling("pair-logins.properties");
    Files.deleteIfExists(logins);
    try (ServerProcess a = instance("a", logins);
        ServerProcess b = instance("b", logins)) {
      // both at once on the empty database: migrations (Flyway's lock) and demo seeding race
      CompletableFuture<ServerProcess> startA = CompletableFuture.supplyAsync(a::start);
      CompletableFuture<ServerProcess> startB = CompletableFuture.supplyAsync(b::start);
      startA.join();
      startB.join();
      Map<String, ServerProcess> instances = Map.of("a", a, "b", b);
      awaitReady(a.baseUrl());
      awaitReady(b.baseUrl());
      Instant started = Instant.now();
      assertSeededOnce(logins);

      try (Balancer balancer = Balancer.start(balancerPort, ports)) {
        awaitReady(balancer.url());

        String password = passwords(logins).getProperty("clerk");
        signIn("clerk", password);
        HttpResponse<String> page = get("/clerk/index.xhtml");
        page = follow(page);
        assertEquals(200, page.statusCode(), page.body());
        String served = page.headers().firstValue(INSTANCE).orElseThrow();
        HttpResponse<String> me = get("/api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(served, me.headers().firstValue(INSTANCE).orElseThrow(), "sticky");
        assertEquals("clerk", username(me));
        // a run started on that instance, its job blocked after its third chunk
        RunCrashes.Client onServed =
            new RunCrashes.Client(
                instances.get(served).baseUrl(),
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(("clerk:" + password).getBytes(StandardCharsets.UTF_8)));
        long run = onServed.start(RunCrashes.CHUNK);
        onServed.paused(run);

        instances.get(served).kill();

        HttpResponse<String> after = get("/api/me");
        assertEquals(200, after.statusCode(), after.body());
        String survivor = after.headers().firstValue(INSTANCE).orElseThrow();
        assertNotEquals(served, survivor, "the killed instance cannot have answered");
        assertEquals("clerk", username(after), "signed in as the same clerk");

        // the form of the page loaded before the kill: its view state was kept in the session
        HttpResponse<String> posted = follow(chooseSpanish(page));
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(survivor, posted.headers().firstValue(INSTANCE).orElseThrow());
        assertTrue(SPANISH_PAGE.matcher(posted.body()).find(), "in Spanish: " + posted.body());
        HttpResponse<String> next = follow(get("/clerk/index.xhtml"));
        assertTrue(SPANISH_PAGE.matcher(next.body()).find(), "still in Spanish: " + next.body());

        // the run the killed instance worked on: once its lease lapsed the survivor takes it over
        // with a new job execution from the run's own checkpoint (Liberty itself would restart a
        // job only on the server that ran it), and it ends as an uninterrupted run does
        RunCrashes.Client onSurvivor = onServed.on(instances.get(survivor));
        JsonObject finished = onSurvivor.computed(run);
        long uninterrupted = onSurvivor.start(1_000);
        RunCrashes.assertSameResult(onSurvivor.computed(uninterrupted), finished);
        assertTakenOverOnce(run, "confederatio-pair-" + served, "confederatio-pair-" + survivor);
      }
      System.out.printf(
          "PairIT: both instances ready after %d s, the whole test %d s%n",
          Duration.between(began, started).toSeconds(),
          Duration.between(began, Instant.now()).toSeconds());
    }
  }

  private ServerProcess instance(String name, Path logins) {
    return ServerProcess.create(
        "confederatio-pair-" + name,
        Map.of(
            "http.port", ports.get(name),
            "https.port", httpsPorts.get(name),
            "db.kind", "postgresql",
            "db.host", System.getProperty("test.pg.host", "localhost"),
            "db.port", System.getProperty("test.pg.port", "5432"),
            "db.name", database,
            "db.user", System.getProperty("test.pg.user", "confederatio"),
            "db.password", System.getProperty("test.pg.password", "confederatio"),
            // one file for both, as scripts/pair does: whichever seeds writes it
            "confederatio.demo.logins", logins.toString(),
            // test only: a run's job blocks after its third chunk, where the test kills its
            // instance
            "confederatio.test.pause.run.chunks", String.valueOf(RunCrashes.PAUSE_AFTER)));
  }

  /** The take-over is audited once, by the system, from the dead instance to the survivor. */
  private void assertTakenOverOnce(long run, String from, String to) throws Exception {
    try (Connection c = Postgres.connect(database);
        PreparedStatement s =
            c.prepareStatement(
                "SELECT actor, before_state, after_state FROM audit_entry"
                    + " WHERE action = 'take-over' AND entity_id = ?")) {
      s.setString(1, Long.toString(run));
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), "the take-over is audited");
        assertEquals("system", r.getString(1));
        assertTrue(r.getString(2).contains(from), r.getString(2));
        assertTrue(r.getString(3).contains(to), r.getString(3));
        assertFalse(r.next(), "taken over once");
      }
    }
  }

  /** Every demo login once in the database, and the one file names them all. */
  private void assertSeededOnce(Path logins) throws Exception {
    try (Connection c = Postgres.connect(database);
        Statement s = c.createStatement();
        ResultSet accounts = s.executeQuery("SELECT COUNT(*) FROM account")) {
      accounts.next();
      assertEquals(accounts.getInt(1), passwords(logins).size(), "a password for every login");
    }
  }

  private static Properties passwords(Path logins) throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(logins)) {
      properties.load(in);
    }
    return properties;
  }

  private void signIn(String username, String password) {
    HttpResponse<String> page = get("/login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("signIn_SUBMIT", "1");
    form.put("signIn:username", username);
    form.put("signIn:password", password);
    form.put("signIn:next", "");
    form.put("signIn:submit", "Sign in");
    form.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> answer = post("/login.xhtml", form);
    assertEquals(302, answer.statusCode(), "signed in: " + answer.body());
  }

  /** Posts the page's language form, choosing Spanish, with the page's view state. */
  private HttpResponse<String> chooseSpanish(HttpResponse<String> page) {
    Matcher button = SPANISH_BUTTON.matcher(page.body());
    assertTrue(button.find(), "a language button on " + page.uri());
    Matcher name = NAME.matcher(button.group());
    assertTrue(name.find());
    Matcher action = FORM_ACTION.matcher(page.body());
    assertTrue(action.find(), "the language form's action");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("language_SUBMIT", "1");
    form.put(name.group(1), "Español");
    form.put("jakarta.faces.ViewState", viewState(page));
    return post(action.group(1).replace("&amp;", "&"), form);
  }

  private static String viewState(HttpResponse<String> page) {
    Matcher state = VIEW_STATE.matcher(page.body());
    assertTrue(state.find(), "a view state on " + page.uri());
    return state.group(1);
  }

  private static String username(HttpResponse<String> me) {
    JsonObject json = Json.createReader(new StringReader(me.body())).readObject();
    return json.getString("username");
  }

  private HttpResponse<String> follow(HttpResponse<String> response) {
    for (int i = 0; i < 5 && response.statusCode() / 100 == 3; i++) {
      response = get(response.headers().firstValue("Location").orElseThrow());
    }
    return response;
  }

  private HttpResponse<String> get(String pathOrUrl) {
    return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
  }

  private HttpResponse<String> post(String pathOrUrl, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(pathOrUrl))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private URI uri(String pathOrUrl) {
    return URI.create("http://localhost:" + balancerPort + "/").resolve(pathOrUrl);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return browser.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code /health/ready} until it answers 200: the application has started. */
  private static void awaitReady(String baseUrl) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plusSeconds(180);
    while (Instant.now().isBefore(deadline)) {
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(baseUrl + " not ready within 180 s");
  }

  /** HAProxy in the foreground with the repository's configuration, stopped by close(). */
  private record Balancer(Process process, int port) implements AutoCloseable {

    static Balancer start(int port, Map<String, String> instances) throws IOException {
      Path config = Path.of(System.getProperty("test.haproxy.config", "../scripts/haproxy.cfg"));
      Path log = Path.of("target", "pair-haproxy.log");
      ProcessBuilder command =
          new ProcessBuilder(List.of(binary(), "-db", "-f", config.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      command.environment().put("PAIR_BIND", "127.0.0.1");
      command.environment().put("PAIR_PORT", Integer.toString(port));
      command.environment().put("PAIR_A_PORT", instances.get("a"));
      command.environment().put("PAIR_B_PORT", instances.get("b"));
      return new Balancer(command.start(), port);
    }

    private static String binary() {
      String configured = System.getProperty("test.haproxy", "");
      if (!configured.isBlank()) {
        return configured;
      }
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (Files.isExecutable(Path.of(dir, "haproxy"))) {
          return Path.of(dir, "haproxy").toString();
        }
      }
      return "/usr/sbin/haproxy";
    }

    String url() {
      return "http://localhost:" + port;
    }

    @Override
    public void close() {
      process.destroy();
      try {
        process.onExit().get();
      } catch (Exception e) {
        process.destroyForcibly();
      }
    }
  }
}
