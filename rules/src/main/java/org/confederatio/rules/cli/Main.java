package org.confederatio.rules.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.format.AggregatesFile;
import org.confederatio.rules.api.format.BadInput;
import org.confederatio.rules.api.format.ReportFile;

/**
 * {@code java -jar confederatio-rules.jar allocate|recompute ...}; exit status 0, or 2 for bad
 * input.
 */
public final class Main {

  static final int OK = 0;
  static final int BAD_INPUT = 2;

  static final String HELP =
      """
      Confederatio rules: compute or check a canton's allocation of designated tax (ALLOCATION.md).

      Usage:
        java -jar confederatio-rules.jar allocate --policy POLICY.json --assessments A.csv \\
            --designations D.csv [--out REPORT.json]
        java -jar confederatio-rules.jar recompute --aggregates AGGREGATES.json [--out REPORT.json]
        java -jar confederatio-rules.jar --help

      allocate   applies rules A1-A11 to the taxpayers' assessments (A.csv: taxpayer,tax) and
                 designations (D.csv: taxpayer,recipient,share_bp,made_on) under the policy.
      recompute  recomputes the lines of a published allocation from its aggregates alone (A11);
                 it also takes a REPORT.json written by allocate.

      Amounts are decimals in currency units (1234.56). Without --out the report goes to standard
      output. A bad file gets a message naming the file, line and field, exit status 2, and no output.
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  int run(String... args) {
    if (args.length == 0 || Set.of("--help", "-h", "help").contains(args[0])) {
      out.print(HELP);
      return args.length == 0 ? BAD_INPUT : OK;
    }
    try {
      Map<String, String> options = options(args);
      String report =
          switch (args[0]) {
            case "allocate" ->
                Allocate.run(
                    path(options, "--policy"),
                    path(options, "--assessments"),
                    path(options, "--designations"));
            case "recompute" -> recompute(path(options, "--aggregates"));
            default -> throw new Usage("unknown command '" + args[0] + "'");
          };
      write(report, options.get("--out"));
      return OK;
    } catch (Usage e) {
      err.println("error: " + e.getMessage());
      err.println("Run with --help for usage.");
      return BAD_INPUT;
    } catch (BadInput e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    } catch (NoSuchFileException e) {
      err.println("error: " + e.getFile() + ": no such file");
      return BAD_INPUT;
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return BAD_INPUT;
    }
  }

  private static String recompute(Path aggregates) throws BadInput, IOException {
    String file = aggregates.getFileName().toString();
    var parsed = AggregatesFile.read(file, Files.readString(aggregates));
    return ReportFile.json(Apportionment.apportion(parsed), null);
  }

  private static Map<String, String> options(String[] args) throws Usage {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new Usage("expected --option value pairs, got '" + args[i] + "'");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  private static Path path(Map<String, String> options, String name) throws Usage {
    String value = options.get(name);
    if (value == null) {
      throw new Usage("missing " + name);
    }
    return Path.of(value);
  }

  /** Writes the whole report or nothing: a temporary file moved into place only once complete. */
  private void write(String report, String outPath) throws IOException {
    if (outPath == null) {
      out.print(report);
      out.flush();
      return;
    }
    Path target = Path.of(outPath).toAbsolutePath();
    Path temporary = Files.createTempFile(target.getParent(), ".report", ".tmp");
    try {
      Files.writeString(temporary, report, StandardCharsets.UTF_8);
      Files.move(
          temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A command line that does not say what to do. */
  private static final class Usage extends Exception {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }
}
