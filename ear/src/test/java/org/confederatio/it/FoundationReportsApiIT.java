package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A foundation's report as JSON, CSV and PDF, after a published run of Montes' 2025. */
class FoundationReportsApiIT {

  private static String digest;

  @BeforeAll
  static void publishMontes() {
    Api clerk = Api.as("clerk-montes");
    JsonObject run = AllocationRunsApiIT.computed(clerk, "MON", 2025);
    long id = run.getJsonObject("run").getJsonNumber("id").longValue();
    digest = Publishing.run(clerk, id).getJsonObject("run").getString("digest");
  }

  static HttpResponse<byte[]> fetch(String user, String path, String accept) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString(
                (user + ":" + DemoLogins.password(user)).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(DemoLogins.BASE_URL + path))
                .header("Authorization", "Basic " + token)
                .header("Accept", accept)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void theReportAnswersInJsonWithCountsBelowFiveHidden() {
    JsonObject report =
        Api.json(Api.as("foundation").get("/api/foundations/commons-of-code/reports?year=2025"));

    var montes =
        report.getJsonArray("lines").stream()
            .map(v -> v.asJsonObject())
            .filter(l -> l.getString("canton").equals("MON"))
            .findFirst()
            .orElseThrow();
    assertEquals(digest, montes.getString("digest"));
    report
        .getJsonArray("lines")
        .forEach(
            l -> {
              String choosers = l.asJsonObject().getString("choosers");
              assertTrue(
                  choosers.equals("fewer than 5") || Long.parseLong(choosers) >= 5, choosers);
            });
    assertTrue(!report.toString().contains("P-0"), "no taxpayer is named");
  }

  @Test
  void theReportAnswersInCsvAndPdfWithTheDigest() throws Exception {
    var csv = fetch("foundation", "/api/foundations/commons-of-code/reports", "text/csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("canton,year,amount,choosers"), text);
    assertTrue(text.contains(digest), text);

    var pdf = fetch("foundation", "/api/foundations/commons-of-code/reports", "application/pdf");
    assertEquals(200, pdf.statusCode());
    try (var document = Loader.loadPDF(pdf.body())) {
      String content = new PDFTextStripper().getText(document);
      assertTrue(content.contains(digest), content);
      assertTrue(content.contains("Period: "), content);
    }
  }

  @Test
  void aFoundationAskingForAnotherOrganizationsReportIsRefused() {
    assertRefused(Api.as("foundation-oceans").get("/api/foundations/commons-of-code/reports"));
    for (String user : new String[] {"clerk", "policy", "citizen"}) {
      assertRefused(Api.as(user).get("/api/foundations/commons-of-code/reports"));
    }
  }
}
