package org.confederatio.it;

import java.time.LocalDate;

/**
 * A canton a test registered for itself, with its clerk and policy officer, and its founding policy
 * in force from {@link #FIRST_YEAR} (a canton without any policy may adopt one from an earlier
 * year).
 */
final class TestCanton {

  /**
   * The founding policy: 1 % designable by amount, undesignated money retained, up to 3 recipients,
   * deadline 31 December, voting at 18 after 3 months' residence. {@code %d} is the year it applies
   * from: two years before the test server's, so that past years can be run.
   */
  static final String DEFAULT_POLICY =
      """
      {"validFrom":%d,"designableRate":"0.01","weighting":"BY_AMOUNT","undesignated":"RETAIN",
       "renouncing":[],"cap":null,"minimumPayout":"0","maxRecipients":3,"deadline":"12-31",
       "votingAge":18,"minResidenceMonths":3,"decisionTitle":"Founding law on designations",
       "decisionAdopted":"%s","decisionReference":"https://canton.example.org/laws/founding"}""";

  /** The year the founding policy applies from. */
  static final int FIRST_YEAR = ServerClock.YEAR - 2;

  final String code;
  final Api clerk;
  final Api policy;

  private TestCanton(String code, Api clerk, Api policy) {
    this.code = code;
    this.clerk = clerk;
    this.policy = policy;
  }

  /** Registers a canton with a new code, its two officials and the given founding policy. */
  static TestCanton create(String policyTemplate) {
    String code = "T" + Fixture.letters(7);
    Fixture.created(
        Fixture.ADMIN.postJson(
            "/api/cantons", "{\"code\":\"%s\",\"name\":\"Canton %s\"}".formatted(code, code)));
    TestCanton canton =
        new TestCanton(
            code,
            Fixture.account("clerk", code, null, null),
            Fixture.account("policy", code, null, null));
    Fixture.created(
        canton.policy.postJson(
            canton.path("/policies"),
            policyTemplate.formatted(FIRST_YEAR, LocalDate.of(FIRST_YEAR, 1, 1))));
    return canton;
  }

  /** {@code /api/cantons/{code}} followed by the rest of a path. */
  String path(String rest) {
    return "/api/cantons/" + code + rest;
  }

  /** Registers a person living here since the day, with a new id, and returns the id. */
  String resident(String name, LocalDate born, LocalDate since) {
    String id = "P-" + Fixture.letters(10);
    Fixture.created(
        clerk.postJson(
            path("/people"),
            "{\"id\":\"%s\",\"name\":\"%s\",\"born\":\"%s\",\"residentSince\":\"%s\",\"nationality\":\"XX\"}"
                .formatted(id, name, born, since)));
    return id;
  }

  /** A resident of long standing, of age, with a login of their own. */
  Citizen citizen(String name) {
    String person = resident(name, LocalDate.of(1980, 5, 17), LocalDate.of(2010, 1, 1));
    return new Citizen(person, Fixture.account("citizen", null, null, person));
  }

  /**
   * A resident assessed for this year's tax (in currency units, e.g. {@code "1000.00"}), recorded
   * by the canton's clerk; returns the person's id.
   */
  String taxpayer(String tax) {
    String person = resident("Taxpayer", LocalDate.of(1975, 3, 9), LocalDate.of(2005, 1, 1));
    var assessed =
        clerk.putJson(
            path("/taxpayers/" + person + "/assessments/" + ServerClock.YEAR),
            "{\"tax\":\"%s\"}".formatted(tax));
    if (assessed.statusCode() != 200) {
      throw new AssertionError("assessing " + person + ": " + assessed.body());
    }
    return person;
  }

  /** A paper designation of this year, made today, of the whole share to one recipient. */
  void designate(String person, String recipient) {
    var designated =
        clerk.putJson(
            path("/taxpayers/" + person + "/designations/" + ServerClock.YEAR),
            "{\"shares\":[{\"recipient\":\"%s\",\"basisPoints\":10000}],\"madeOn\":\"%s\",\"version\":null}"
                .formatted(recipient, ServerClock.TODAY));
    if (designated.statusCode() != 200 && designated.statusCode() != 201) {
      throw new AssertionError("designating for " + person + ": " + designated.body());
    }
  }

  /** Starts an allocation run of this year and waits until it is a computed draft; its id. */
  long draftRun() {
    return AllocationRunsApiIT.computed(clerk, code, ServerClock.YEAR)
        .getJsonObject("run")
        .getJsonNumber("id")
        .longValue();
  }

  /** A citizen's person id and their signed-in client. */
  record Citizen(String person, Api api) {}
}
