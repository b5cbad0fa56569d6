import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load on the API (issue 17, item 8; docs/benchmarks.md): at a fixed rate, half the
 * requests are citizens saving their designation ({@code PUT /api/me/designations/{year}}, each
 * quoting the version it replaces) and half a clerk reading a taxpayer's file ({@code GET
 * /api/cantons/LAC/taxpayers/{id}}). It talks to loopback only and stops by itself after the given
 * number of seconds; it reports p50, p99 and the errors. Started by {@code scripts/load}.
 *
 * <p>Citizens: the administrator makes one citizen login per LAC taxpayer of the year it finds (up
 * to 40), named {@code load-<run>-<n>}; they stay on the server.
 */
public class ApiLoad {

  static final ZoneId ZONE = ZoneId.of("Europe/Zurich");

  final String base;
  final Path loginsFile;
  final Properties logins = new Properties();
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(16))
          .build();

  ApiLoad(String base, Path loginsFile) throws Exception {
    this.base = base;
    this.loginsFile = loginsFile;
    try (Reader in = Files.newBufferedReader(loginsFile)) {
      logins.load(in);
    }
  }

  /** One citizen: its login and the version of its designation, one save at a time. */
  static final class Citizen {
    final String username;
    final String password;
    volatile Long version;
    final AtomicBoolean busy = new AtomicBoolean();
    int flip;

    Citizen(String username, String password, Long version) {
      this.username = username;
      this.password = password;
      this.version = version;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println(
          "usage: scripts/load BASE-URL DEMO-LOGINS [requests-per-second] [seconds]");
      System.exit(2);
    }
    URI uri = URI.create(args[0]);
    String host = uri.getHost() == null ? "" : uri.getHost();
    // by name, without asking a resolver what another name stands for
    if (!(host.equals("localhost") || host.matches("127\\.[0-9.]+") || host.equals("[::1]"))) {
      System.err.println("the load goes to this machine's loopback only, not to " + uri.getHost());
      System.exit(2);
    }
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 200;
    int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
    if (rate < 1 || rate > 1000 || seconds < 1 || seconds > 600) {
      System.err.println("1 to 1000 requests a second, for 1 to 600 seconds");
      System.exit(2);
    }
    System.exit(new ApiLoad(args[0].replaceAll("/$", ""), Path.of(args[1])).run(rate, seconds));
  }

  int run(int rate, int seconds) throws Exception {
    int year = LocalDate.now(ZONE).getYear();
    String clerk = "clerk";
    String clerkPassword = logins.getProperty(clerk);
    String run =
        Long.toString(System.currentTimeMillis() % 100_000_000, 36).toUpperCase(Locale.ROOT);
    // its own citizens: people of LAC, assessed for the year, each with a citizen login
    List<String> taxpayers = new ArrayList<>();
    for (int i = 0; i < CITIZENS; i++) {
      String id = "LOAD-" + run + "-" + i;
      expect(
          send(
              clerk,
              clerkPassword,
              "POST",
              "/api/cantons/LAC/people",
              "{\"id\":\""
                  + id
                  + "\",\"name\":\"Load Citizen "
                  + i
                  + "\",\"born\":\"1980-01-01\",\"residentSince\":\"2020-01-01\",\"nationality\":null,\"placeOfOrigin\":null}"),
          201);
      expect(
          send(
              clerk,
              clerkPassword,
              "PUT",
              "/api/cantons/LAC/taxpayers/" + id + "/assessments/" + year,
              "{\"tax\":\"" + (1000 + i) + ".00\"}"),
          200,
          201);
      taxpayers.add(id);
    }
    List<String> recipients = new ArrayList<>();
    for (JsonValue v :
        Json.createReader(
                new StringReader(
                    send(
                            clerk,
                            logins.getProperty(clerk),
                            "GET",
                            "/api/cantons/LAC/accredited?year=" + year,
                            null)
                        .body()))
            .readArray()) {
      recipients.add(((jakarta.json.JsonString) v).getString());
    }
    List<Citizen> citizens = new ArrayList<>();
    for (int i = 0; i < taxpayers.size(); i++) {
      String username = "load-" + run.toLowerCase(Locale.ROOT) + "-" + i;
      JsonObject created =
          json(
              expect(
                  send(
                      "admin",
                      logins.getProperty("admin"),
                      "POST",
                      "/api/accounts",
                      "{\"username\":\""
                          + username
                          + "\",\"role\":\"citizen\",\"displayName\":\"Load Citizen "
                          + i
                          + "\",\"person\":\""
                          + taxpayers.get(i)
                          + "\"}"),
                  201));
      String password = created.getString("initialPassword");
      // the first call of a login pays the password hash; the load measures what follows
      expect(send(username, password, "GET", "/api/me/designations/" + year, null), 200);
      citizens.add(new Citizen(username, password, null));
    }
    if (citizens.isEmpty()) {
      throw new IllegalStateException("no citizen login could be made for LAC's taxpayers");
    }
    System.out.printf(
        Locale.ROOT,
        "%d citizens of LAC, %d taxpayer files, %d requests/s for %d s on %s%n",
        citizens.size(),
        taxpayers.size(),
        rate,
        seconds,
        base);

    ConcurrentLinkedQueue<long[]> saves = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<long[]> reads = new ConcurrentLinkedQueue<>();
    Map<String, AtomicInteger> errors = new TreeMap<>();
    AtomicLong skipped = new AtomicLong();
    AtomicInteger tick = new AtomicInteger();
    int total = rate * seconds;
    CountDownLatch done = new CountDownLatch(total);
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    long period = 1_000_000_000L / rate;
    long began = System.nanoTime();
    clock.scheduleAtFixedRate(
        () -> {
          int i = tick.getAndIncrement();
          if (i >= total) {
            return;
          }
          if (i % 2 == 0) {
            String id = taxpayers.get((i / 2) % taxpayers.size());
            timed(
                clerk,
                logins.getProperty(clerk),
                "GET",
                "/api/cantons/LAC/taxpayers/" + id + "?year=" + year,
                null,
                reads,
                errors,
                done,
                null);
          } else {
            Citizen c = citizens.get((i / 2) % citizens.size());
            if (!c.busy.compareAndSet(false, true)) {
              skipped.incrementAndGet(); // its previous save is not answered yet
              done.countDown();
              return;
            }
            String a = recipients.get((c.flip++) % recipients.size());
            String body =
                "{\"version\":"
                    + c.version
                    + ",\"shares\":[{\"recipient\":\""
                    + a
                    + "\",\"basisPoints\":6000},{\"recipient\":\"canton\",\"basisPoints\":4000}]}";
            timed(
                c.username,
                c.password,
                "PUT",
                "/api/me/designations/" + year,
                body,
                saves,
                errors,
                done,
                c);
          }
        },
        0,
        period,
        TimeUnit.NANOSECONDS);
    boolean finished = done.await(seconds + 60L, TimeUnit.SECONDS);
    double wall = (System.nanoTime() - began) / 1e9;
    clock.shutdownNow();
    System.out.printf(
        Locale.ROOT,
        "%d requests scheduled in %.1f s%s%n",
        total,
        wall,
        finished ? "" : " (some unanswered after 60 s more)");
    report("citizen saves a designation (PUT)", saves);
    report("clerk reads a taxpayer file (GET)", reads);
    List<long[]> all = new ArrayList<>(saves);
    all.addAll(reads);
    report("all", new ConcurrentLinkedQueue<>(all));
    System.out.printf(
        "skipped (that citizen's previous save not answered yet): %d%n", skipped.get());
    System.out.printf("errors: %s%n", errors.isEmpty() ? "none" : errors);
    System.exit(0);
    return 0;
  }

  void timed(
      String user,
      String password,
      String method,
      String path,
      String body,
      ConcurrentLinkedQueue<long[]> into,
      Map<String, AtomicInteger> errors,
      CountDownLatch done,
      Citizen citizen) {
    long start = System.nanoTime();
    http.sendAsync(
            request(user, password, method, path, body), HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              long nanos = System.nanoTime() - start;
              String error = null;
              if (failure != null) {
                error =
                    (failure.getCause() != null ? failure.getCause() : failure)
                        .getClass()
                        .getSimpleName();
              } else if (response.statusCode() != 200) {
                error = method + " " + response.statusCode();
              } else if (citizen != null) {
                citizen.version =
                    json(response).getJsonObject("current").getJsonNumber("version").longValue();
              }
              if (error != null) {
                synchronized (errors) {
                  errors.computeIfAbsent(error, e -> new AtomicInteger()).incrementAndGet();
                }
              }
              into.add(new long[] {nanos, error == null ? 0 : 1});
              if (citizen != null) {
                citizen.busy.set(false);
              }
              done.countDown();
            });
  }

  static void report(String label, ConcurrentLinkedQueue<long[]> samples) {
    long[] ms = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
    long failed = samples.stream().filter(s -> s[1] != 0).count();
    if (ms.length == 0) {
      System.out.printf("%-40s no requests%n", label);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%-40s %6d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d%n",
        label,
        ms.length,
        ms[(int) (ms.length * 0.50)] / 1e6,
        ms[Math.min(ms.length - 1, (int) (ms.length * 0.99))] / 1e6,
        ms[ms.length - 1] / 1e6,
        failed);
  }

  HttpRequest request(String user, String password, String method, String path, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    return b.build();
  }

  static final int CITIZENS = 40;

  static HttpResponse<String> expect(HttpResponse<String> response, int... statuses) {
    for (int status : statuses) {
      if (response.statusCode() == status) {
        return response;
      }
    }
    throw new IllegalStateException(
        response.request().method()
            + " "
            + response.request().uri()
            + " answered "
            + response.statusCode()
            + ": "
            + response.body());
  }

  HttpResponse<String> send(String user, String password, String method, String path, String body)
      throws Exception {
    return http.send(
        request(user, password, method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> response) {
    try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
      return r.readObject();
    }
  }
}
