package org.confederatio.it;

import static org.confederatio.it.ApiSecurityIT.assertRefused;

import java.net.http.HttpResponse;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the fiscal side refuses the wrong role and the right role of another canton; no
 * endpoint gives a foundation anyone's affiliation or designation.
 */
class FiscalSecurityIT {

  private static final int YEAR = ServerClock.YEAR;
  private static final String FORM =
      "{\"madeOn\":\"2026-01-02\",\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}]}";
  private static final String POLICY =
      "{\"validFrom\":9999,\"designableRate\":\"0.01\",\"weighting\":\"BY_AMOUNT\","
          + "\"undesignated\":\"RETAIN\",\"maxRecipients\":1,\"deadline\":\"12-31\",\"votingAge\":18,"
          + "\"minResidenceMonths\":0,\"decisionTitle\":\"t\",\"decisionAdopted\":\"2026-01-01\",\"decisionReference\":\"r\"}";

  /** Montes' taxpayer endpoints, asked by someone who is not a clerk of Montes. */
  private static Stream<Function<Api, HttpResponse<String>>> montesTaxpayerEndpoints() {
    return Stream.of(
        api -> api.get("/api/cantons/MON/taxpayers?year=2025"),
        api -> api.get("/api/cantons/MON/taxpayers/P-0002?year=2025"),
        api -> api.get("/api/cantons/MON/invalid-designations?year=2025"),
        api ->
            api.putJson("/api/cantons/MON/taxpayers/P-0002/assessments/2025", "{\"tax\":\"1.00\"}"),
        api -> api.putJson("/api/cantons/MON/taxpayers/P-0002/designations/2025", FORM),
        api ->
            api.postCsv(
                "/api/cantons/MON/imports/assessments?year=2025", "taxpayer,tax\nP-0002,1.00\n"),
        api ->
            api.postCsv(
                "/api/cantons/MON/imports/designations?year=2025",
                "taxpayer,recipient,share_bp,made_on\nP-0002,canton,10000,2025-01-02\n"));
  }

  static Stream<Arguments> strangersToMontesTaxpayers() {
    return Stream.of("clerk", "policy-montes", "policy", "citizen", "foundation", "admin")
        .flatMap(user -> montesTaxpayerEndpoints().map(endpoint -> Arguments.of(user, endpoint)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("strangersToMontesTaxpayers")
  void onlyAClerkOfTheCantonReachesItsTaxpayers(
      String user, Function<Api, HttpResponse<String>> endpoint) {
    assertRefused(endpoint.apply(Api.as(user)));
  }

  static Stream<Arguments> notThatCitizen() {
    return Stream.of("clerk", "policy", "foundation", "admin")
        .flatMap(
            user ->
                Stream.<Function<Api, HttpResponse<String>>>of(
                        api -> api.get("/api/me/affiliations"),
                        api -> api.putJson("/api/me/affiliations", "{\"organizations\":[]}"),
                        api -> api.get("/api/me/designations/" + YEAR),
                        api -> api.putJson("/api/me/designations/" + YEAR, FORM),
                        api -> api.get("/api/me/designations/" + YEAR + "/receipt"))
                    .map(endpoint -> Arguments.of(user, endpoint)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("notThatCitizen")
  void onlyACitizenReachesTheirOwnAffiliationsAndDesignation(
      String user, Function<Api, HttpResponse<String>> endpoint) {
    assertRefused(endpoint.apply(Api.as(user)));
  }

  static Stream<Arguments> notAPolicyOfficerOfLacus() {
    return Stream.of("policy-montes", "clerk", "citizen", "foundation", "admin")
        .flatMap(
            user ->
                Stream.<Function<Api, HttpResponse<String>>>of(
                        api -> api.postJson("/api/cantons/LAC/policies", POLICY),
                        api -> api.putJson("/api/cantons/LAC/policies/9999", POLICY, "0"),
                        api -> api.postJson("/api/cantons/LAC/policies/what-if", POLICY))
                    .map(endpoint -> Arguments.of(user, endpoint)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("notAPolicyOfficerOfLacus")
  void onlyAPolicyOfficerOfTheCantonChangesItsPolicy(
      String user, Function<Api, HttpResponse<String>> endpoint) {
    assertRefused(endpoint.apply(Api.as(user)));
  }
}
