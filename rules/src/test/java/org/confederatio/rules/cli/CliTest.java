package org.confederatio.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.format.BadInput;
import org.confederatio.rules.api.format.ReportParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool on real files: the worked example, A11 through the files, and bad input.
 */
class CliTest {

  @TempDir Path dir;
  private Path policy;
  private Path assessments;
  private Path designations;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void copyTheWorkedExample() throws IOException, URISyntaxException {
    Path example =
        Path.of(getClass().getResource("/worked-example/POLICY.json").toURI()).getParent();
    policy = Files.copy(example.resolve("POLICY.json"), dir.resolve("POLICY.json"));
    assessments = Files.copy(example.resolve("A.csv"), dir.resolve("A.csv"));
    designations = Files.copy(example.resolve("D.csv"), dir.resolve("D.csv"));
  }

  private int run(String... args) {
    return new Main(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private int allocate(Path report) {
    return run(
        "allocate",
        "--policy",
        policy.toString(),
        "--assessments",
        assessments.toString(),
        "--designations",
        designations.toString(),
        "--out",
        report.toString());
  }

  private static Map<String, String> amounts(Path report) throws IOException, BadInput {
    return ReportParts.amounts(Files.readString(report));
  }

  @Test
  @DisplayName("Worked example through the files: A 571.43, canton 328.57, R 100.00")
  void workedExample() throws Exception {
    Path report = dir.resolve("REPORT.json");

    assertEquals(0, allocate(report), err.toString());

    assertEquals(Map.of("a", "571.43", "canton", "328.57", "r", "100.00"), amounts(report));
    String text = Files.readString(report);
    assertTrue(text.contains("\"pot\": \"1000.00\""));
    assertTrue(text.contains("\"policyVersion\": \"ZH 2026\""));
    assertTrue(text.contains("\"NONE\": 3"), "three taxpayers chose nothing");
  }

  @Test
  @DisplayName("A11 — recompute of the aggregates that allocate wrote gives the same lines")
  void recomputeTheAggregates() throws Exception {
    Path report = dir.resolve("REPORT.json");
    allocate(report);
    Path aggregates =
        Files.writeString(
            dir.resolve("AGGREGATES.json"), ReportParts.aggregates(Files.readString(report)));
    Path recomputed = dir.resolve("RECOMPUTED.json");

    assertEquals(
        0,
        run("recompute", "--aggregates", aggregates.toString(), "--out", recomputed.toString()),
        err.toString());

    assertEquals(amounts(report), amounts(recomputed));
  }

  @Test
  @DisplayName("recompute takes the spec's AGGREGATES.json, choices and no amount")
  void recomputeTheSpecForm() throws Exception {
    Path aggregates =
        Files.writeString(
            dir.resolve("AGGREGATES.json"),
            """
        {
          "policy": %s,
          "pot": "1000.00",
          "taxpayers": 10,
          "expressed": [
            { "recipient": "a", "choices": "4", "amount": null },
            { "recipient": "canton", "choices": "2", "amount": null },
            { "recipient": "r", "choices": "1", "amount": null }
          ]
        }
        """
                .formatted(Files.readString(policy)));

    assertEquals(0, run("recompute", "--aggregates", aggregates.toString()), err.toString());

    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("\"amount\": \"571.43\""));
    assertTrue(report.contains("\"amount\": \"328.57\""));
  }

  @Test
  void helpExplainsBothCommands() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("allocate") && out.toString().contains("recompute"));
  }

  @Test
  @DisplayName("A malformed amount: file, line and field, exit 2, and no output file")
  void badTax() throws Exception {
    Files.writeString(assessments, "taxpayer,tax\nt01,100.00\nt02,12.345\n");
    Path report = dir.resolve("REPORT.json");

    assertEquals(2, allocate(report));

    assertEquals(
        "error: A.csv, line 3, field tax: '12.345' has more than two decimals\n", err.toString());
    assertFalse(Files.exists(report));
  }

  @Test
  void aNegativeTax() throws Exception {
    Files.writeString(assessments, "taxpayer,tax\nt01,-1.00\n");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals("error: A.csv, line 2, field tax: '-1.00' is negative\n", err.toString());
  }

  @Test
  void aTaxpayerAssessedTwice() throws Exception {
    Files.writeString(assessments, "taxpayer,tax\nt01,1.00\nt01,2.00\n");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: A.csv, line 3, field taxpayer: 't01' is already assessed on line 2\n",
        err.toString());
  }

  @Test
  void aWrongHeader() throws Exception {
    Files.writeString(designations, "taxpayer,recipient,share\n");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertTrue(
        err.toString()
            .startsWith(
                "error: D.csv, line 1: the header must be 'taxpayer,recipient,share_bp,made_on'"));
  }

  @Test
  void aBadDateAndABadShare() throws Exception {
    Files.writeString(
        designations, "taxpayer,recipient,share_bp,made_on\nt01,a,10000,30/06/2026\n");
    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: D.csv, line 2, field made_on: must be a date as YYYY-MM-DD, not '30/06/2026'\n",
        err.toString());

    err.reset();
    Files.writeString(designations, "taxpayer,recipient,share_bp,made_on\nt01,a,50%,2026-01-01\n");
    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: D.csv, line 2, field share_bp: must be a whole number written with the digits 0-9, not '50%' (basis points)\n",
        err.toString());
  }

  @Test
  @DisplayName("RFC 4180: quoted fields, a byte-order mark and CRLF give the same allocation")
  void quotedFieldsABomAndCrlf() throws Exception {
    Path plain = dir.resolve("PLAIN.json");
    assertEquals(0, allocate(plain), err.toString());
    String a = Files.readString(assessments);
    String d = Files.readString(designations);
    Files.writeString(
        assessments, "\uFEFF" + a.replaceAll("(?m)^(t\\d+),", "\"$1\",").replace("\n", "\r\n"));
    Files.writeString(designations, d.replace("\n", "\r\n").replace(",canton,", ",\"canton\","));
    Path quoted = dir.resolve("QUOTED.json");

    assertEquals(0, allocate(quoted), err.toString());

    assertTrue(Files.readString(assessments).contains("\"t01\""), "the file was quoted");
    assertEquals(amounts(plain), amounts(quoted));
  }

  @Test
  void anUnclosedQuoteIsNamedByLine() throws Exception {
    Files.writeString(
        designations, "taxpayer,recipient,share_bp,made_on\nt01,\"a,10000,2026-01-01\n");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals("error: D.csv, line 2: a quoted field is not closed\n", err.toString());
  }

  @Test
  void aMissingField() throws Exception {
    Files.writeString(designations, "taxpayer,recipient,share_bp,made_on\nt01,a,10000\n");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: D.csv, line 2: expected 4 fields (taxpayer,recipient,share_bp,made_on), found 3\n",
        err.toString());
  }

  @Test
  @DisplayName("A policy field out of range names its line")
  void aBadPolicyField() throws Exception {
    Files.writeString(policy, Files.readString(policy).replace("\"0.008\"", "\"0.2\""));

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: POLICY.json, line 3, field designableRate: must be between 0 and 0.10, not 0.2\n",
        err.toString());
  }

  @Test
  void malformedJson() throws Exception {
    Files.writeString(policy, "{\n  \"canton\": \"ZH\",\n  \"year\" 2026\n}");

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals("error: POLICY.json, line 3: malformed JSON: expected ':'\n", err.toString());
  }

  @Test
  void anUnknownWeighting() throws Exception {
    Files.writeString(policy, Files.readString(policy).replace("BY_HEADCOUNT", "BY_VOTE"));

    assertEquals(2, allocate(dir.resolve("R.json")));
    assertTrue(
        err.toString().startsWith("error: POLICY.json, line 4, field weighting:"), err.toString());
  }

  @Test
  @DisplayName("Rows in any order give the same report, byte for byte, as rows in id order")
  void anyRowOrder() throws Exception {
    Path ordered = dir.resolve("ORDERED.json");
    assertEquals(0, allocate(ordered), err.toString());
    Files.write(assessments, reversed(Files.readAllLines(assessments)));
    Files.write(designations, reversed(Files.readAllLines(designations)));
    Path reversed = dir.resolve("REVERSED.json");

    assertEquals(0, allocate(reversed), err.toString());

    assertEquals(Files.readString(ordered), Files.readString(reversed));
  }

  /** The header, then the data rows last first. */
  private static List<String> reversed(List<String> lines) {
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.reverse(rows);
    rows.add(0, lines.get(0));
    return rows;
  }

  @Test
  @DisplayName(
      "Of a taxpayer assessed twice and a bad amount, the one earlier in the file is named")
  void theFirstProblemInTheFile() throws Exception {
    Files.writeString(assessments, "taxpayer,tax\nt02,1.00\nt01,1.00\nt02,2.00\nt03,x\n");
    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: A.csv, line 4, field taxpayer: 't02' is already assessed on line 2\n",
        err.toString());

    err.reset();
    Files.writeString(assessments, "taxpayer,tax\nt02,1.00\nt03,x\nt01,1.00\nt02,2.00\n");
    assertEquals(2, allocate(dir.resolve("R.json")));
    assertEquals(
        "error: A.csv, line 3, field tax: 'x' is not a decimal amount such as 1234.56\n",
        err.toString());
  }

  @Test
  void usageErrors() {
    assertEquals(2, run("allocate", "--policy", policy.toString()));
    assertTrue(err.toString().contains("missing --assessments"));
    assertEquals(2, run("divide"));
    assertEquals(2, run("recompute", "--aggregates", dir.resolve("missing.json").toString()));
    assertTrue(err.toString().contains("missing.json: no such file"));
  }
}
