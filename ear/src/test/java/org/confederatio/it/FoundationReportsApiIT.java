package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A foundation's report as JSON, CSV and PDF, after published runs of last year in two cantons of
 * the class's own: five taxpayers choose the foundation's organization in one, two in the other.
 */
class FoundationReportsApiIT {

  private static final int LAST_YEAR = ServerClock.YEAR - 1;

  private static String digest;
  private static String organization;
  private static Api foundation;
  private static TestCanton canton;
  private static TestCanton small;
  private static final List<String> taxpayers = new ArrayList<>();

  @BeforeAll
  static void publishTwoCantons() {
    canton = Fixture.canton();
    small = Fixture.canton();
    organization = FiscalWorld.accredited("COMMONS_FOUNDATION", "Reported Commons", canton, small);
    foundation = Fixture.foundation(organization);
    digest = publishWithChoosers(canton, 5);
    publishWithChoosers(small, 2);
  }

  /** The canton's last year with that many taxpayers choosing the organization; its digest. */
  private static String publishWithChoosers(TestCanton in, int choosers) {
    for (int i = 0; i < choosers; i++) {
      String taxpayer = FiscalWorld.taxpayer(in, LAST_YEAR, (1000 + i) + ".00");
      FiscalWorld.designate(in, taxpayer, LAST_YEAR, LocalDate.of(LAST_YEAR, 3, 1), organization);
      taxpayers.add(taxpayer);
    }
    long id = FiscalWorld.draftRun(in, LAST_YEAR);
    return Publishing.run(in.clerk, id).getJsonObject("run").getString("digest");
  }

  private static JsonObject line(JsonObject report, TestCanton of) {
    return report.getJsonArray("lines").stream()
        .map(v -> v.asJsonObject())
        .filter(l -> l.getString("canton").equals(of.code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(of.code + " in " + report));
  }

  @Test
  void theReportAnswersInJsonWithCountsBelowFiveHidden() {
    JsonObject report =
        Api.json(foundation.get("/api/foundations/" + organization + "/reports?year=" + LAST_YEAR));

    assertEquals(digest, line(report, canton).getString("digest"));
    assertEquals("5", line(report, canton).getString("choosers"), report.toString());
    assertEquals("fewer than 5", line(report, small).getString("choosers"), report.toString());
    report
        .getJsonArray("lines")
        .forEach(
            l -> {
              String choosers = l.asJsonObject().getString("choosers");
              assertTrue(
                  choosers.equals("fewer than 5") || Long.parseLong(choosers) >= 5, choosers);
            });
    for (String taxpayer : taxpayers) {
      assertFalse(report.toString().contains(taxpayer), "no taxpayer is named");
    }
  }

  @Test
  void theReportAnswersInCsvAndPdfWithTheDigest() throws Exception {
    String reports = "/api/foundations/" + organization + "/reports";
    var csv = foundation.download(reports, "text/csv");
    assertEquals(200, csv.statusCode());
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("canton,year,amount,choosers"), text);
    assertTrue(text.contains(digest), text);

    var pdf = foundation.download(reports, "application/pdf");
    assertEquals(200, pdf.statusCode());
    try (var document = Loader.loadPDF(pdf.body())) {
      String content = new PDFTextStripper().getText(document);
      assertTrue(content.contains(digest), content);
      // a table of facts now: the label in one column, the period beside it
      assertTrue(content.contains("Period"), content);
      assertTrue(content.contains("Page 1 of " + document.getNumberOfPages()), content);
    }
  }

  @Test
  void aFoundationAskingForAnotherOrganizationsReportIsRefused() {
    String reports = "/api/foundations/" + organization + "/reports";
    Api another = Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Other Commons"));
    assertRefused(another.get(reports));
    for (Api user : List.of(canton.clerk, canton.policy, canton.citizen("Nosy Citizen").api())) {
      assertRefused(user.get(reports));
    }
  }
}
