import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.confederatio.rules.api.format.AggregatesFile;
import org.postgresql.PGConnection;

/**
 * The national-scale benchmark of issue 17 (docs/benchmarks.md, "National scale"): on a Liberty
 * server and a database of its own, it fills canton LAC with N taxpayers through the import API and
 * measures, beside the database's own figures in the same minute, the imports, an allocation run,
 * the roll's pages and the command-line tool. Started by {@code scripts/benchmark}, which builds
 * its class path; it runs as a single source file, so it is never part of {@code ./mvnw verify}.
 *
 * <p>It uses only the public API (and the build's server layout), so that it measures whatever the
 * imports, runs and rolls do inside.
 */
public class ScaleBenchmark {

  static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  static final int REPS = 3;
  static final String RUN_CANTON = "LAC";

  /** The demo policy of LAC from 2024 (three recipients, deadline 31 December) and no demo data. */
  static final int RUN_YEAR = 2024;

  final String kind;
  final int n;
  final long seed;
  final Path root;
  final Path wlp;
  final String server;
  final Path serverDir;
  final int httpPort;
  final int httpsPort;
  final String pgHost = env("BENCH_PG_HOST", "localhost");
  final String pgPort = env("BENCH_PG_PORT", "5432");
  final String pgUser = env("BENCH_PG_USER", "confederatio");
  final String pgPassword = env("BENCH_PG_PASSWORD", "confederatio");
  final String pgDatabase;
  final Path work;
  final String base;
  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  final Instant began = Instant.now();
  final String loadBefore = loadAverage();
  Properties logins;
  Raw raw;
  final List<String[]> rows = new ArrayList<>();
  final List<String> notes = new ArrayList<>();

  ScaleBenchmark(String kind, int n) {
    this.kind = kind;
    this.n = n;
    this.seed = Long.parseLong(env("BENCH_SEED", "17"));
    this.root = Path.of(env("BENCH_ROOT", ".")).toAbsolutePath().normalize();
    this.wlp = root.resolve("ear/target/liberty/wlp");
    this.server = env("BENCH_SERVER", kind.equals("derby") ? "scalebench-derby" : "scalebench-pg");
    this.serverDir = wlp.resolve("usr/servers").resolve(server);
    this.httpPort = Integer.parseInt(env("BENCH_HTTP_PORT", "9380"));
    this.httpsPort = Integer.parseInt(env("BENCH_HTTPS_PORT", "9743"));
    this.pgDatabase = env("BENCH_DB_NAME", "confederatio_scalebench");
    this.work = root.resolve("target/scalebench").resolve(kind + "-" + n);
    this.base = "http://localhost:" + httpPort;
  }

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "derby";
    int n =
        args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 1_000_000;
    if (!kind.equals("derby") && !kind.equals("postgresql")) {
      System.err.println("usage: scripts/benchmark [derby|postgresql] [taxpayers]");
      System.exit(2);
    }
    if (n < 1000) {
      System.err.println("at least 1000 taxpayers");
      System.exit(2);
    }
    ScaleBenchmark bench = new ScaleBenchmark(kind, n);
    Thread hook = new Thread(bench::stopServer);
    Runtime.getRuntime().addShutdownHook(hook);
    int status = 0;
    try {
      bench.run();
    } catch (Exception | AssertionError e) {
      System.err.println("FAILED: " + e);
      e.printStackTrace();
      System.err.println("server log: " + bench.serverDir.resolve("logs/messages.log"));
      status = 1;
    } finally {
      bench.close();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    System.exit(status);
  }

  // ------------------------------------------------------------------------------------------
  // the measurements

  void run() throws Exception {
    progress(
        "%s, %,d taxpayers, seed %d, server %s on %d, work folder %s",
        kind, n, seed, server, httpPort, work);
    recreate(work);
    startServer();
    logins = new Properties();
    try (Reader in = Files.newBufferedReader(serverDir.resolve("demo-logins.properties"))) {
      logins.load(in);
    }
    String rivClerk = rivClerk();
    for (String login : List.of("clerk", "clerk-montes", rivClerk, "admin")) {
      call(login, "GET", "/api/me", null, null, 200); // the first Basic call pays the hash
    }
    raw = kind.equals("derby") ? new DerbyRaw(work.resolve("raw-derby")) : new PostgresRaw();
    progress("the database's own figures on %s", raw.version());

    List<String> lac = recipients(RUN_CANTON, RUN_YEAR);
    List<String> riv = recipients("RIV", 2025);

    // warm-up: a small file of each kind into RIV, so that what is timed runs warm
    int w = Math.max(1000, n / 50);
    progress("warm-up: %,d people, assessments and designations into RIV 2025", w);
    Path warmPeople = register("W", "RIV", w);
    double warmR = importFile(rivClerk, "/api/cantons/RIV/people/import", warmPeople);
    double warmA =
        importFile(
            rivClerk,
            "/api/cantons/RIV/imports/assessments?year=2025",
            assessments("W", "RIV", w, 2025));
    double warmD =
        importFile(
            rivClerk,
            "/api/cantons/RIV/imports/designations?year=2025",
            designations("W", "RIV", w, 2025, riv, false));
    progress(
        "warm-up imports: register %.1f s, assessments %.1f s, designations %.1f s",
        warmR, warmA, warmD);
    raw.importFile(Table.PEOPLE, warmPeople);
    raw.groupBy();

    // (b) the register: N fresh people into each canton, beside the raw import of the same file
    Map<String, String> clerks = Map.of("LAC", "clerk", "MON", "clerk-montes", "RIV", rivClerk);
    List<double[]> register = new ArrayList<>();
    for (String canton : List.of("LAC", "MON", "RIV")) {
      Path file = register("B", canton, n);
      double rawSeconds = raw.importFile(Table.PEOPLE, file);
      if (canton.equals("LAC")) {
        raw.keepPeople(); // the keys LAC's assessments refer to, for the keyed insert below
      }
      double seconds =
          importFile(clerks.get(canton), "/api/cantons/" + canton + "/people/import", file);
      register.add(new double[] {seconds, rawSeconds});
      progress(
          "register of %s: %,d people in %.1f s (raw import %.2f s)",
          canton, n, seconds, rawSeconds);
    }
    importRow(
        "register",
        "register import (`/people/import`), a fresh canton each",
        n,
        register,
        "people");

    // assessments and designations of LAC's N people, a fresh fiscal year each
    List<double[]> assessed = new ArrayList<>();
    List<double[]> keyed = new ArrayList<>();
    List<double[]> designated = new ArrayList<>();
    long designationRows = 0;
    for (int year : List.of(RUN_YEAR, RUN_YEAR + 1, RUN_YEAR + 2)) {
      Path a = assessments("B", "LAC", n, year);
      double rawA = raw.importFile(Table.ASSESSMENTS, a);
      double keyedA = raw.insertKeyedAssessments(year);
      keyed.add(new double[] {keyedA, rawA});
      double secondsA = importFile("clerk", "/api/cantons/LAC/imports/assessments?year=" + year, a);
      assessed.add(new double[] {secondsA, rawA});
      progress(
          "assessments of LAC %d: %,d rows in %.1f s (raw import %.2f s, keyed insert %.2f s)",
          year,
          n,
          secondsA,
          rawA,
          keyedA);
      Path d = designations("B", "LAC", n, year, lac, true);
      long lines = lines(d);
      designationRows = year == RUN_YEAR ? lines : designationRows;
      double rawD = raw.importFile(Table.DESIGNATIONS, d);
      double secondsD =
          importFile("clerk", "/api/cantons/LAC/imports/designations?year=" + year, d);
      designated.add(new double[] {secondsD, rawD, lines});
      progress(
          "designations of LAC %d: %,d rows in %.1f s (raw import %.2f s)",
          year, lines, secondsD, rawD);
    }
    importRow(
        "assessment",
        "assessment import (`/imports/assessments`), a fresh year each",
        n,
        assessed,
        "rows");
    keyedRow(n, keyed, median(assessed.stream().map(s -> s[0]).toList()));
    importRow(
        "designation",
        "designation import (`/imports/designations`, every row checked), a fresh year each",
        designationRows,
        designated,
        "rows");

    // (c) the allocation run of LAC's year, beside GROUP BY over the same rows
    raw.loadTally(tally(lac));
    List<Double> runs = new ArrayList<>();
    List<Double> serverRuns = new ArrayList<>();
    List<Double> groupBys = new ArrayList<>();
    String digest = null;
    for (int i = 1; i <= REPS; i++) {
      double g = raw.groupBy();
      groupBys.add(g);
      Run r = allocationRun();
      runs.add(r.seconds);
      serverRuns.add(r.serverSeconds);
      if (digest != null && !digest.equals(r.digest)) {
        throw new AssertionError("run " + i + " has digest " + r.digest + ", run 1 had " + digest);
      }
      digest = r.digest;
      progress(
          "run %d of LAC %d: %,d taxpayers to DRAFT in %.1f s (server's own timestamps %.1f s;"
              + " GROUP BY %.2f s)",
          i, RUN_YEAR, r.taxpayers, r.seconds, r.serverSeconds, g);
      lastRun = r;
    }
    double groupBy = median(groupBys);
    rows.add(
        new String[] {
          "database: `SUM(tax_cents * bp) ... GROUP BY recipient` over "
              + fmt(designationRows)
              + " rows",
          seconds(groupBy),
          "",
          "1 x"
        });
    rows.add(
        new String[] {
          "allocation run of "
              + fmt(lastRun.taxpayers)
              + " taxpayers, POST to DRAFT (server's own: "
              + seconds(median(serverRuns))
              + ")",
          seconds(median(runs)),
          fmt(lastRun.taxpayers / median(runs)) + " taxpayers/s",
          ratio(median(runs) / groupBy) + " GROUP BY"
        });

    // (d) the roll: the first page after a register change, then a later page
    List<Double> firsts = new ArrayList<>();
    List<Double> laters = new ArrayList<>();
    String today = LocalDate.now(ZONE).toString();
    int size = 50;
    long considered = 0;
    for (int i = 1; i <= REPS; i++) {
      String body =
          String.format(
              "{\"id\":\"X%d-%d\",\"name\":\"Roll Change"
                  + " %d\",\"born\":\"1980-01-01\",\"residentSince\":\"2020-01-01\",\"nationality\":null,\"placeOfOrigin\":null}",
              seed, i, i);
      call("clerk", "POST", "/api/cantons/LAC/people", "application/json", body, 201);
      long start = System.nanoTime();
      JsonObject first =
          json(
              call(
                  "clerk",
                  "GET",
                  "/api/cantons/LAC/roll?date=" + today + "&page=0&size=" + size,
                  null,
                  null,
                  200));
      double f = since(start);
      considered = first.getJsonNumber("considered").longValue();
      int page = (int) (considered / size / 2);
      start = System.nanoTime();
      call(
          "clerk",
          "GET",
          "/api/cantons/LAC/roll?date=" + today + "&page=" + page + "&size=" + size,
          null,
          null,
          200);
      double l = since(start);
      firsts.add(f);
      laters.add(l);
      progress(
          "roll of LAC on %s (%,d considered): first page %.2f s, page %d %.2f s",
          today, considered, f, page, l);
    }
    rows.add(
        new String[] {
          "roll of "
              + fmt(considered)
              + " residents, first page of "
              + size
              + " after a register change",
          seconds(median(firsts)),
          "",
          ""
        });
    rows.add(
        new String[] {
          "roll, a later page of " + size + " (the middle one)", seconds(median(laters)), "", ""
        });

    // (e) the command-line tool on the exported files, with the run's digest
    Path inputs = work.resolve("inputs");
    Files.createDirectories(inputs);
    for (String file : List.of("POLICY.json", "A.csv", "D.csv")) {
      download(
          "clerk",
          "/api/cantons/LAC/allocation-inputs/" + RUN_YEAR + "/" + file,
          inputs.resolve(file));
    }
    List<Double> clis = new ArrayList<>();
    String cliDigest = null;
    for (int i = 1; i <= REPS; i++) {
      Path report = inputs.resolve("REPORT.json");
      Files.deleteIfExists(report);
      double s = cli(inputs, report);
      clis.add(s);
      cliDigest = cliDigest(report);
      progress("allocate on the exported files: %.2f s, digest %s", s, cliDigest);
    }
    String serverAggregates =
        call(
            "clerk",
            "GET",
            "/api/allocation-runs/" + lastRun.id + "/aggregates.json",
            null,
            null,
            200);
    boolean sameAggregates =
        serverAggregates.equals(
            AggregatesFile.json(
                AggregatesFile.read(
                    "REPORT.json", Files.readString(inputs.resolve("REPORT.json")))));
    if (!cliDigest.equals(digest)) {
      throw new AssertionError(
          "the CLI's digest "
              + cliDigest
              + " differs from the run's "
              + digest
              + (sameAggregates
                  ? " (the aggregates agree, the lines do not)"
                  : " (the aggregates differ)"));
    }
    rows.add(
        new String[] {
          "`allocate` on the exported files (JVM start included); digest equal to the run's",
          seconds(median(clis)),
          fmt(lastRun.taxpayers / median(clis)) + " taxpayers/s",
          ""
        });
    notes.add("Run digest (all three runs and the CLI): `" + digest + "`.");
    report();
  }

  Run lastRun;

  /** One import row: median seconds, rows/s, and the ratio to the raw import of the same files. */
  void importRow(String file, String label, long count, List<double[]> samples, String unit) {
    double seconds = median(samples.stream().map(s -> s[0]).toList());
    double rawSeconds = median(samples.stream().map(s -> s[1]).toList());
    double rate = count / seconds;
    double rawRate = count / rawSeconds;
    rows.add(
        new String[] {
          "database: "
              + raw.importName()
              + " of the same "
              + file
              + " files into an unindexed table",
          seconds(rawSeconds),
          fmt(rawRate) + " " + unit + "/s",
          "1 x"
        });
    rows.add(
        new String[] {
          label + ", " + fmt(count) + " " + unit,
          seconds(seconds),
          fmt(rate) + " " + unit + "/s",
          ratio(rate / rawRate) + " raw"
        });
  }

  /**
   * The database's own insert of the assessment rows, already loaded, into a table with the keys of
   * the project's (no check, no audit): the least any import into that table can cost, beside the
   * unindexed import the ratio is taken against.
   */
  void keyedRow(long count, List<double[]> samples, double importSeconds) {
    double seconds = median(samples.stream().map(s -> s[0]).toList());
    double rawSeconds = median(samples.stream().map(s -> s[1]).toList());
    rows.add(
        new String[] {
          "database: `INSERT ... SELECT` of the same assessment rows, already loaded, into a table"
              + " with the assessment table's keys (primary key, foreign keys to person and canton),"
              + " a fresh year each",
          seconds(seconds),
          fmt(count / seconds) + " rows/s",
          ratio(rawSeconds / seconds)
              + " raw; the assessment import is "
              + ratio(seconds / importSeconds)
              + " of it"
        });
  }

  record Run(long id, double seconds, double serverSeconds, long taxpayers, String digest) {}

  Run allocationRun() throws Exception {
    long start = System.nanoTime();
    JsonObject view =
        json(
            call(
                "clerk",
                "POST",
                "/api/cantons/LAC/allocation-runs",
                "application/json",
                "{\"year\":" + RUN_YEAR + "}",
                201,
                200,
                202));
    long id = view.getJsonObject("run").getJsonNumber("id").longValue();
    long lastProgress = System.nanoTime();
    while (true) {
      JsonObject run =
          json(call("clerk", "GET", "/api/allocation-runs/" + id, null, null, 200))
              .getJsonObject("run");
      String state = run.getString("state");
      if (state.equals("DRAFT")) {
        double seconds = since(start);
        double server =
            Duration.between(
                        Instant.parse(run.getString("startedAt")),
                        Instant.parse(run.getString("computedAt")))
                    .toMillis()
                / 1000.0;
        return new Run(
            id,
            seconds,
            server,
            run.getJsonNumber("taxpayersTotal").longValue(),
            run.getString("digest"));
      }
      if (!state.equals("RUNNING")) {
        throw new AssertionError("run " + id + " is " + state);
      }
      if (since(start) > 3600) {
        throw new AssertionError("run " + id + " is not done after an hour");
      }
      if (System.nanoTime() - lastProgress > 10_000_000_000L) {
        lastProgress = System.nanoTime();
        progress(
            "  run %d: %,d of %,d taxpayers",
            id,
            run.getJsonNumber("taxpayersDone").longValue(),
            run.getJsonNumber("taxpayersTotal").longValue());
      }
      Thread.sleep(200);
    }
  }

  double cli(Path inputs, Path report) throws Exception {
    Path jar = root.resolve("rules/target/confederatio-rules.jar");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(
                java,
                "-jar",
                jar.toString(),
                "allocate",
                "--policy",
                inputs.resolve("POLICY.json").toString(),
                "--assessments",
                inputs.resolve("A.csv").toString(),
                "--designations",
                inputs.resolve("D.csv").toString(),
                "--out",
                report.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new AssertionError("allocate exited " + p.exitValue() + ": " + out);
    }
    return since(start);
  }

  /**
   * The digest of rule A11 over what {@code allocate} wrote: SHA-256 of AGGREGATES.json (as the
   * rules module writes it from the report's aggregates) and one line {@code recipient:amount} per
   * line, in recipient order.
   */
  static String cliDigest(Path report) throws Exception {
    String text = Files.readString(report);
    StringBuilder digested =
        new StringBuilder(AggregatesFile.json(AggregatesFile.read("REPORT.json", text)));
    TreeMap<String, String> lines = new TreeMap<>();
    for (JsonValue line : json(text).getJsonArray("lines")) {
      JsonObject l = line.asJsonObject();
      lines.put(l.getString("recipient"), l.getString("amount"));
    }
    lines.forEach((r, a) -> digested.append(r).append(':').append(a).append('\n'));
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256")
                .digest(digested.toString().getBytes(StandardCharsets.UTF_8)));
  }

  // ------------------------------------------------------------------------------------------
  // the files: deterministic for a seed, canton, year and size

  /** Person ids: prefix, seed, canton, number; at most 36 characters. */
  String person(String prefix, String canton, int i) {
    return String.format("%s%d-%s-%07d", prefix, seed, canton, i);
  }

  Path register(String prefix, String canton, int count) throws IOException {
    Path file = work.resolve("register-" + prefix + "-" + canton + ".csv");
    SplittableRandom random = new SplittableRandom(seed * 31 + canton.hashCode());
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("person_id,name,born,resident_from,resident_to,died,nationality,place_of_origin\n");
      for (int i = 0; i < count; i++) {
        LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 75));
        LocalDate from = born.isAfter(LocalDate.of(2000, 1, 1)) ? born : LocalDate.of(2000, 1, 1);
        out.write(person(prefix, canton, i) + ",Person " + i + "," + born + "," + from + ",,,,\n");
      }
    }
    return file;
  }

  /** Taxes between 100.00 and about 200,000.00, log-uniform. */
  Path assessments(String prefix, String canton, int count, int year) throws IOException {
    Path file = work.resolve("assessments-" + prefix + "-" + canton + "-" + year + ".csv");
    SplittableRandom random = new SplittableRandom(seed * 131 + year);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("taxpayer,tax\n");
      for (int i = 0; i < count; i++) {
        long cents = taxCents(random);
        out.write(
            person(prefix, canton, i)
                + ","
                + cents / 100
                + "."
                + String.format("%02d", cents % 100)
                + "\n");
      }
    }
    return file;
  }

  static long taxCents(SplittableRandom random) {
    return (long) (10_000 * Math.pow(2000, random.nextDouble()));
  }

  /**
   * Nine taxpayers in ten designate: of those, one in five (about) splits 60/40 between two
   * recipients (the canton among them now and then), the others give everything to one. Without
   * {@code splits} (a canton that allows one recipient) everyone gives everything to one.
   */
  Path designations(
      String prefix, String canton, int count, int year, List<String> recipients, boolean splits)
      throws IOException {
    Path file = work.resolve("designations-" + prefix + "-" + canton + "-" + year + ".csv");
    SplittableRandom random = new SplittableRandom(seed * 7 + year * 13L + canton.hashCode());
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate today = LocalDate.now(ZONE);
    int days = (int) Math.max(1, Math.min(365, today.toEpochDay() - first.toEpochDay()));
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("taxpayer,recipient,share_bp,made_on\n");
      for (int i = 0; i < count; i++) {
        int kind = random.nextInt(100);
        String made = first.plusDays(random.nextInt(days)).toString();
        String id = person(prefix, canton, i);
        String a = recipients.get(random.nextInt(recipients.size()));
        if (kind < 10) {
          continue;
        }
        if (kind < 28 && splits) {
          String b = recipients.get(random.nextInt(recipients.size()));
          if (b.equals(a)) {
            b = a.equals("canton") ? recipients.get(0) : "canton";
          }
          out.write(id + "," + a + ",6000," + made + "\n" + id + "," + b + ",4000," + made + "\n");
        } else {
          out.write(id + "," + a + ",10000," + made + "\n");
        }
      }
    }
    return file;
  }

  /**
   * (taxpayer, recipient, bp, tax_cents) of LAC's run year: the designation rows with their tax.
   */
  Path tally(List<String> recipients) throws IOException {
    Path file = work.resolve("tally-LAC-" + RUN_YEAR + ".csv");
    long[] cents = new long[n];
    SplittableRandom taxes = new SplittableRandom(seed * 131 + RUN_YEAR);
    for (int i = 0; i < n; i++) {
      cents[i] = taxCents(taxes);
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(person("B", "LAC", i), i);
    }
    try (Stream<String> lines =
            Files.lines(work.resolve("designations-B-LAC-" + RUN_YEAR + ".csv"));
        BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("taxpayer,recipient,bp,tax_cents\n");
      lines
          .skip(1)
          .forEach(
              line -> {
                String[] f = line.split(",");
                try {
                  out.write(f[0] + "," + f[1] + "," + f[2] + "," + cents[index.get(f[0])] + "\n");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return file;
  }

  static long lines(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count() - 1;
    }
  }

  /** The organizations the canton's taxpayers may choose in the year, and the canton itself. */
  List<String> recipients(String canton, int year) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonValue v :
        jsonArray(
            call(
                "clerk",
                "GET",
                "/api/cantons/" + canton + "/accredited?year=" + year,
                null,
                null,
                200))) {
      out.add(((jakarta.json.JsonString) v).getString());
    }
    out.sort(Comparator.naturalOrder());
    out.add("canton");
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // the database's own figures

  enum Table {
    PEOPLE(
        "bench_raw_people",
        "person_id VARCHAR(36), name VARCHAR(200), born DATE, resident_from DATE, resident_to DATE,"
            + " died DATE, nationality VARCHAR(64), place_of_origin VARCHAR(200)"),
    ASSESSMENTS("bench_raw_assessment", "taxpayer VARCHAR(36), tax DECIMAL(15, 2)"),
    DESIGNATIONS(
        "bench_raw_designation",
        "taxpayer VARCHAR(36), recipient VARCHAR(64), share_bp INTEGER, made_on DATE"),
    TALLY(
        "bench_tally", "taxpayer VARCHAR(36), recipient VARCHAR(64), bp INTEGER, tax_cents BIGINT");

    final String name;
    final String columns;

    Table(String name, String columns) {
      this.name = name;
      this.columns = columns;
    }
  }

  static final String GROUP_BY =
      "SELECT recipient, SUM(tax_cents * bp) FROM bench_tally GROUP BY recipient";

  abstract class Raw implements AutoCloseable {
    Connection connection;

    abstract String version() throws SQLException;

    abstract String importName();

    /** Empties the table, then loads the CSV file (with its header) into it; the seconds taken. */
    abstract double importFile(Table table, Path file) throws Exception;

    /**
     * The keyed copy of the assessment table and what its foreign keys refer to; created once, its
     * rows kept from one fiscal year to the next as the real table keeps them.
     */
    static final List<String> KEYED =
        List.of(
            "CREATE TABLE bench_keyed_canton (code VARCHAR(8) PRIMARY KEY)",
            "CREATE TABLE bench_keyed_person (id VARCHAR(36) PRIMARY KEY)",
            "CREATE TABLE bench_keyed_assessment ("
                + "canton_code VARCHAR(8) NOT NULL REFERENCES bench_keyed_canton (code),"
                + " fiscal_year INTEGER NOT NULL,"
                + " person_id VARCHAR(36) NOT NULL REFERENCES bench_keyed_person (id),"
                + " tax_cents BIGINT NOT NULL, recorded_at TIMESTAMP NOT NULL,"
                + " recorded_by VARCHAR(64) NOT NULL,"
                + " PRIMARY KEY (canton_code, fiscal_year, person_id), CHECK (tax_cents >= 0))");

    void dropKeyed() {
      for (String table :
          List.of("bench_keyed_assessment", "bench_keyed_person", "bench_keyed_canton")) {
        try (Statement s = connection.createStatement()) {
          s.execute("DROP TABLE " + table);
        } catch (SQLException absent) {
          // first use, or gone
        }
      }
    }

    /** The people of the register file last imported, as the keyed person table. */
    void keepPeople() throws SQLException {
      try (Statement s = connection.createStatement()) {
        s.execute("INSERT INTO bench_keyed_canton VALUES ('LAC')");
        s.execute("INSERT INTO bench_keyed_person SELECT DISTINCT person_id FROM bench_raw_people");
      }
    }

    /** The assessment rows last imported into the keyed table for {@code year}; seconds. */
    double insertKeyedAssessments(int year) throws SQLException {
      long start = System.nanoTime();
      try (PreparedStatement s =
          connection.prepareStatement(
              "INSERT INTO bench_keyed_assessment SELECT 'LAC', ?, taxpayer,"
                  + " CAST(tax * 100 AS BIGINT), CURRENT_TIMESTAMP, 'bench'"
                  + " FROM bench_raw_assessment")) {
        s.setInt(1, year);
        s.executeUpdate();
      }
      return since(start);
    }

    void create() throws SQLException {
      dropKeyed();
      try (Statement s = connection.createStatement()) {
        for (String table : KEYED) {
          s.execute(table);
        }
        for (Table t : Table.values()) {
          try {
            s.execute("DROP TABLE " + t.name);
          } catch (SQLException absent) {
            // first use
          }
          s.execute("CREATE TABLE " + t.name + " (" + t.columns + ")");
        }
      }
    }

    void loadTally(Path file) throws Exception {
      importFile(Table.TALLY, file);
      groupBy(); // warm
    }

    double groupBy() throws SQLException {
      long start = System.nanoTime();
      int groups = 0;
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(GROUP_BY)) {
        while (rs.next()) {
          rs.getLong(2);
          groups++;
        }
      }
      return since(start);
    }

    @Override
    public void close() throws SQLException {
      dropKeyed();
      try (Statement s = connection.createStatement()) {
        for (Table t : Table.values()) {
          s.execute("DROP TABLE " + t.name);
        }
      } catch (SQLException e) {
        // already gone
      }
      connection.close();
    }
  }

  /**
   * Embedded Derby lives inside the server, where nothing else can open its database: the
   * database's own figures are taken in a scratch embedded database in this JVM, with the server's
   * own derby.jar (scripts/benchmark puts it on the class path).
   */
  class DerbyRaw extends Raw {
    final Path folder;

    DerbyRaw(Path folder) throws Exception {
      this.folder = folder;
      connection = DriverManager.getConnection("jdbc:derby:" + folder + ";create=true");
      connection.setAutoCommit(true);
      create();
    }

    @Override
    String version() throws SQLException {
      return "Derby "
          + connection.getMetaData().getDatabaseProductVersion()
          + " (embedded, a scratch database in the benchmark's JVM)";
    }

    @Override
    String importName() {
      return "`SYSCS_IMPORT_TABLE_BULK` (scratch embedded Derby)";
    }

    @Override
    double importFile(Table table, Path file) throws SQLException {
      long start = System.nanoTime();
      // replace = 1 empties the table first; skip = 1 skips the header
      try (PreparedStatement s =
          connection.prepareStatement(
              "CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK(NULL, ?, ?, ',', '\"', 'UTF-8', 1, 1)")) {
        s.setString(1, table.name.toUpperCase(Locale.ROOT));
        s.setString(2, file.toString());
        s.execute();
      }
      return since(start);
    }

    @Override
    public void close() throws SQLException {
      super.close();
      try {
        DriverManager.getConnection("jdbc:derby:" + folder + ";shutdown=true");
      } catch (SQLException expected) {
        // Derby answers a shutdown with an exception
      }
    }
  }

  /** PostgreSQL: COPY through the driver into scratch tables of the benchmark's own database. */
  class PostgresRaw extends Raw {
    PostgresRaw() throws SQLException {
      connection = DriverManager.getConnection(pgUrl(pgDatabase), pgUser, pgPassword);
      connection.setAutoCommit(true);
      create();
    }

    @Override
    String version() throws SQLException {
      return "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
    }

    @Override
    String importName() {
      return "`COPY ... FROM STDIN (FORMAT csv)`";
    }

    @Override
    double importFile(Table table, Path file) throws Exception {
      try (Statement s = connection.createStatement()) {
        s.execute("TRUNCATE " + table.name);
      }
      long start = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + table.name + " FROM STDIN (FORMAT csv, HEADER true)", in);
      }
      double seconds = since(start);
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE " + table.name);
      }
      return seconds;
    }
  }

  String pgUrl(String database) {
    return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
  }

  // ------------------------------------------------------------------------------------------
  // the server

  void startServer() throws Exception {
    Path ear = root.resolve("ear/target/confederatio.ear");
    if (!Files.exists(ear) || !Files.isExecutable(wlp.resolve("bin/server"))) {
      throw new IllegalStateException("no build: run ./mvnw -DskipTests install first");
    }
    serverCommand("stop", true);
    recreate(serverDir);
    Files.createDirectories(serverDir.resolve("apps"));
    try (Stream<Path> xml = Files.list(root.resolve("ear/src/main/liberty/config"))) {
      for (Path f : (Iterable<Path>) xml.filter(p -> p.toString().endsWith(".xml"))::iterator) {
        Files.copy(f, serverDir.resolve(f.getFileName()));
      }
    }
    Files.copy(ear, serverDir.resolve("apps/confederatio.ear"));
    // Liberty's default 120 s limit on a transaction would cut a slow import of a million rows off
    // with a 500; here a slow path shows its time instead (docs/benchmarks.md says so)
    Files.createDirectories(serverDir.resolve("configDropins/overrides"));
    Files.writeString(
        serverDir.resolve("configDropins/overrides/benchmark.xml"),
        "<server><transaction totalTranLifetimeTimeout=\"2h\"/></server>\n");
    Properties bootstrap = new Properties();
    bootstrap.put("http.port", String.valueOf(httpPort));
    bootstrap.put("https.port", String.valueOf(httpsPort));
    bootstrap.put("db.kind", kind);
    bootstrap.put("confederatio.demo", "true");
    bootstrap.put(
        "confederatio.demo.logins", serverDir.resolve("demo-logins.properties").toString());
    StringBuilder env = new StringBuilder();
    env.append("keystore_password=").append(token()).append('\n');
    if (kind.equals("postgresql")) {
      recreateDatabase();
      bootstrap.put("db.host", pgHost);
      bootstrap.put("db.port", pgPort);
      bootstrap.put("db.name", pgDatabase);
      bootstrap.put("db.user", pgUser);
      env.append("db_password=").append(pgPassword).append('\n');
    } else {
      bootstrap.put("db.derby.path", serverDir.resolve("data/confederatio").toString());
    }
    try (BufferedWriter out = Files.newBufferedWriter(serverDir.resolve("bootstrap.properties"))) {
      bootstrap.store(out, "scripts/benchmark");
    }
    Files.writeString(serverDir.resolve("server.env"), env);
    progress("starting server %s (%s) on http://localhost:%d", server, kind, httpPort);
    serverCommand("start", false);
    serverStarted = true;
    long start = System.nanoTime();
    while (true) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200 && Files.exists(serverDir.resolve("demo-logins.properties"))) {
          break;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (since(start) > 300) {
        throw new IllegalStateException("the server did not become ready in 5 minutes");
      }
      Thread.sleep(1000);
    }
    progress("server ready in %.0f s", since(start));
  }

  volatile boolean serverStarted;

  synchronized void stopServer() {
    if (serverStarted) {
      serverStarted = false;
      progress("stopping server %s", server);
      try {
        serverCommand("stop", true);
      } catch (Exception e) {
        System.err.println("stopping " + server + " failed: " + e);
      }
    }
  }

  void close() {
    if (raw != null) {
      try {
        raw.close();
      } catch (Exception e) {
        System.err.println("closing the scratch tables: " + e);
      }
    }
    stopServer();
  }

  void serverCommand(String action, boolean quiet) throws Exception {
    if (action.equals("stop") && !Files.exists(serverDir)) {
      return;
    }
    ProcessBuilder command =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), action, server)
            .redirectErrorStream(true);
    command.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = command.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    if (exit != 0 && !quiet) {
      throw new IllegalStateException(
          "server " + action + " " + server + " exited " + exit + ": " + out);
    }
  }

  void recreateDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(pgUrl("postgres"), pgUser, pgPassword);
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + pgDatabase);
    }
  }

  /** A clerk of RIV (the demo has none), made by the administrator. */
  String rivClerk() throws Exception {
    JsonObject issued =
        json(
            call(
                "admin",
                "POST",
                "/api/accounts",
                "application/json",
                "{\"username\":\"clerk-riv\",\"role\":\"clerk\",\"displayName\":\"Benchmark"
                    + " Clerk\",\"canton\":\"RIV\"}",
                201));
    logins.setProperty("clerk-riv", issued.getString("initialPassword"));
    return "clerk-riv";
  }

  // ------------------------------------------------------------------------------------------
  // HTTP

  double importFile(String login, String path, Path file) throws Exception {
    long start = System.nanoTime();
    send(login, "POST", path, "text/csv", HttpRequest.BodyPublishers.ofFile(file), 200, 201);
    return since(start);
  }

  void download(String login, String path, Path to) throws Exception {
    Files.writeString(to, call(login, "GET", path, null, null, 200));
  }

  String call(String login, String method, String path, String type, String body, int... expected)
      throws Exception {
    return send(
        login,
        method,
        path,
        type,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body),
        expected);
  }

  String send(
      String login,
      String method,
      String path,
      String type,
      HttpRequest.BodyPublisher body,
      int... expected)
      throws Exception {
    String password = logins.getProperty(login);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofHours(1))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .method(method, body);
    if (type != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (int e : expected) {
      if (response.statusCode() == e) {
        return response.body();
      }
    }
    String text = response.body();
    throw new AssertionError(
        method
            + " "
            + path
            + " answered "
            + response.statusCode()
            + ": "
            + text.substring(0, Math.min(2000, text.length())));
  }

  static JsonObject json(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    }
  }

  static JsonArray jsonArray(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readArray();
    }
  }

  // ------------------------------------------------------------------------------------------
  // the report

  void report() throws Exception {
    String date = ZonedDateTime.now(ZoneId.of("UTC")).toLocalDate().toString();
    StringBuilder md = new StringBuilder();
    md.append("- **Date:** ")
        .append(date)
        .append(" (")
        .append(began)
        .append(" to ")
        .append(Instant.now())
        .append(")\n");
    md.append("- **Machine:** ").append(machine()).append('\n');
    md.append("- **Database:** ")
        .append(raw.version())
        .append("; the server on ")
        .append(kind)
        .append('\n');
    md.append("- **Load average** (1, 5, 15 min) before: ")
        .append(loadBefore)
        .append("; after: ")
        .append(loadAverage())
        .append(" (other sessions share this machine)\n");
    md.append("- **Command:** `scripts/benchmark ")
        .append(kind)
        .append(' ')
        .append(n)
        .append("` (seed ")
        .append(seed)
        .append("); every figure the median of ")
        .append(REPS)
        .append(", warm\n\n");
    md.append(
        "| path | median | rate | ratio to the database's own |\n| --- | --- | --- | --- |\n");
    for (String[] r : rows) {
      md.append("| ").append(String.join(" | ", r)).append(" |\n");
    }
    md.append('\n');
    for (String note : notes) {
      md.append(note).append('\n');
    }
    Path out = work.resolve("benchmark.md");
    Files.writeString(out, md);
    System.out.println();
    System.out.print(md);
    System.out.println();
    progress("written to %s", out);
  }

  String machine() throws Exception {
    String memory = "?";
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        memory =
            Math.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)
                + " GiB RAM";
      }
    }
    String cpu = "";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = " (" + line.substring(line.indexOf(':') + 1).trim() + ")";
        break;
      }
    }
    Properties liberty = new Properties();
    try (Reader in = Files.newBufferedReader(wlp.resolve("lib/versions/openliberty.properties"))) {
      liberty.load(in);
    }
    return Runtime.getRuntime().availableProcessors()
        + " CPUs"
        + cpu
        + ", "
        + memory
        + ", Java "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + "), Open Liberty "
        + liberty.getProperty("com.ibm.websphere.productVersion")
        + " with its default heap";
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  // ------------------------------------------------------------------------------------------
  // small things

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  static double since(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1e9;
  }

  static String seconds(double s) {
    if (s < 1) {
      return String.format(Locale.ROOT, "%.3f s", s);
    }
    return s < 10
        ? String.format(Locale.ROOT, "%.2f s", s)
        : String.format(Locale.ROOT, "%.1f s", s);
  }

  /** Two significant digits below 10 (0.00031 x, 0.016 x, 4.6 x), whole numbers above. */
  static String ratio(double r) {
    if (r < 1) {
      return new java.math.BigDecimal(r)
              .round(new java.math.MathContext(2))
              .stripTrailingZeros()
              .toPlainString()
          + " x";
    }
    return r < 10
        ? String.format(Locale.ROOT, "%.1f x", r)
        : String.format(Locale.ROOT, "%.0f x", r);
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%,d", Math.round(v));
  }

  static String token() {
    byte[] b = new byte[18];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  void progress(String format, Object... args) {
    System.out.printf(
        Locale.ROOT,
        "[%6.1f s] %s%n",
        Duration.between(began, Instant.now()).toMillis() / 1000.0,
        String.format(Locale.ROOT, format, args));
    System.out.flush();
  }

  static void recreate(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> paths = Files.walk(folder)) {
        for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
  }
}
