package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * The fiscal side of a test's own world, on top of {@link Fixture} and {@link TestCanton}: cantons
 * with another deadline or a fund, organizations accredited in them, people, assessments and paper
 * forms of any year. Every id is new, so a test reads back only what it made here.
 */
final class FiscalWorld {

  static final int LAST_YEAR = ServerClock.YEAR - 1;

  private FiscalWorld() {}

  /** A new canton whose founding policy closes designations on the day ({@code "06-30"}). */
  static TestCanton cantonClosingOn(String deadline) {
    return TestCanton.create(
        TestCanton.DEFAULT_POLICY.replace(
            "\"deadline\":\"12-31\"", "\"deadline\":\"" + deadline + "\""));
  }

  /**
   * A new canton closing on 30 June whose undesignated money goes to a confederal fund of its own
   * (A5 {@code FUND}): an organization of kind {@code CONFEDERAL_FUND}.
   */
  static TestCanton cantonWithFund(String fund) {
    return TestCanton.create(
        TestCanton.DEFAULT_POLICY
            .replace("\"deadline\":\"12-31\"", "\"deadline\":\"06-30\"")
            .replace(
                "\"undesignated\":\"RETAIN\"",
                "\"undesignated\":\"FUND\",\"fund\":\"" + fund + "\""));
  }

  /** A new organization of the kind, accredited in each canton from its founding year. */
  static String accredited(String kind, String name, TestCanton... cantons) {
    String organization = Fixture.organization(kind, name);
    for (TestCanton canton : cantons) {
      Fixture.accredit(organization, canton.code, TestCanton.FIRST_YEAR);
    }
    return organization;
  }

  /** A new phyle accredited in the cantons. */
  static String phyle(String name, TestCanton... cantons) {
    return accredited("PHYLE", name, cantons);
  }

  /**
   * A person living in the canton since 2000, born 1970, with no nationality recorded: whose every
   * fiscal year since is the canton's.
   */
  static String person(TestCanton canton, String name) {
    String id = "P-" + Fixture.letters(10);
    Fixture.created(
        canton.clerk.postJson(
            canton.path("/people"),
            """
            {"id":"%s","name":"%s","born":"1970-01-01","residentSince":"2000-01-01"}"""
                .formatted(id, name)));
    return id;
  }

  /** Records the person's assessed tax of the year (currency units, {@code "1000.00"}). */
  static void assess(TestCanton canton, String person, int year, String tax) {
    var assessed =
        canton.clerk.putJson(
            canton.path("/taxpayers/" + person + "/assessments/" + year),
            "{\"tax\":\"%s\"}".formatted(tax));
    assertEquals(200, assessed.statusCode(), assessed.body());
  }

  /** A new person of the canton, assessed for the year; their id. */
  static String taxpayer(TestCanton canton, int year, String tax) {
    String person = person(canton, "Taxpayer");
    assess(canton, person, year, tax);
    return person;
  }

  /**
   * A paper form of the year made on the day, entered by the canton's clerk, giving the whole share
   * to one recipient; the clerk's answer.
   */
  static HttpResponse<String> paperForm(
      TestCanton canton, String person, int year, LocalDate madeOn, String recipient) {
    return canton.clerk.putJson(
        canton.path("/taxpayers/" + person + "/designations/" + year),
        "{\"shares\":[{\"recipient\":\"%s\",\"basisPoints\":10000}],\"madeOn\":\"%s\",\"version\":null}"
            .formatted(recipient, madeOn));
  }

  /** The same, which must be recorded. */
  static void designate(
      TestCanton canton, String person, int year, LocalDate madeOn, String recipient) {
    var recorded = paperForm(canton, person, year, madeOn, recipient);
    assertEquals(200, recorded.statusCode(), recorded.body());
  }

  /** The taxpayer's file of the year, as the canton's clerk reads it. */
  static JsonObject file(TestCanton canton, String person, int year) {
    var file = canton.clerk.get(canton.path("/taxpayers/" + person + "?year=" + year));
    assertEquals(200, file.statusCode(), file.body());
    return Api.json(file);
  }

  /** How many designations of the year the taxpayer's file records. */
  static int history(TestCanton canton, String person, int year) {
    return file(canton, person, year).getJsonArray("history").size();
  }

  /** The id of a run of the canton's year, computed to a draft. */
  static long draftRun(TestCanton canton, int year) {
    return AllocationRunsApiIT.computed(canton.clerk, canton.code, year)
        .getJsonObject("run")
        .getJsonNumber("id")
        .longValue();
  }
}
