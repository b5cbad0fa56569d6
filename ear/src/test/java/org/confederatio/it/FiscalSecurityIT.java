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
 * endpoint gives a foundation anyone's affiliation or designation. The callers and the taxpayer are
 * the class's own: a canton with a taxpayer, another canton, a citizen and a foundation.
 */
class FiscalSecurityIT {

  private static final int YEAR = ServerClock.YEAR;
  private static final int LAST_YEAR = YEAR - 1;
  private static final String FORM =
      "{\"madeOn\":\""
          + YEAR
          + "-01-02\",\"shares\":[{\"recipient\":\"canton\",\"basisPoints\":10000}]}";
  private static final String POLICY =
      "{\"validFrom\":9999,\"designableRate\":\"0.01\",\"weighting\":\"BY_AMOUNT\","
          + "\"undesignated\":\"RETAIN\",\"maxRecipients\":1,\"deadline\":\"12-31\",\"votingAge\":18,"
          + "\"minResidenceMonths\":0,\"decisionTitle\":\"t\",\"decisionAdopted\":\"2026-01-01\",\"decisionReference\":\"r\"}";

  /** What the class asks about, made on first use (the sources below only name the callers). */
  private static final class World {
    static final TestCanton CANTON = Fixture.canton();
    static final TestCanton OTHER = Fixture.canton();
    static final String TAXPAYER = FiscalWorld.taxpayer(CANTON, LAST_YEAR, "500.00");
    static final Api CITIZEN = CANTON.citizen("Curious Citizen").api();
    static final Api FOUNDATION =
        Fixture.foundation(Fixture.organization("COMMONS_FOUNDATION", "Curious Commons"));

    static Api caller(String who) {
      return switch (who) {
        case "clerk of the canton" -> CANTON.clerk;
        case "policy officer of the canton" -> CANTON.policy;
        case "clerk of another canton" -> OTHER.clerk;
        case "policy officer of another canton" -> OTHER.policy;
        case "citizen" -> CITIZEN;
        case "foundation" -> FOUNDATION;
        case "admin" -> Fixture.ADMIN;
        default -> throw new IllegalArgumentException(who);
      };
    }

    static String path(String rest) {
      return CANTON.path(rest);
    }
  }

  /** The canton's taxpayer endpoints, asked by someone who is not a clerk of the canton. */
  private static Stream<Function<Api, HttpResponse<String>>> taxpayerEndpoints() {
    return Stream.of(
        api -> api.get(World.path("/taxpayers?year=" + LAST_YEAR)),
        api -> api.get(World.path("/taxpayers/" + World.TAXPAYER + "?year=" + LAST_YEAR)),
        api -> api.get(World.path("/invalid-designations?year=" + LAST_YEAR)),
        api ->
            api.putJson(
                World.path("/taxpayers/" + World.TAXPAYER + "/assessments/" + LAST_YEAR),
                "{\"tax\":\"1.00\"}"),
        api ->
            api.putJson(
                World.path("/taxpayers/" + World.TAXPAYER + "/designations/" + LAST_YEAR), FORM),
        api ->
            api.postCsv(
                World.path("/imports/assessments?year=" + LAST_YEAR),
                "taxpayer,tax\n" + World.TAXPAYER + ",1.00\n"),
        api ->
            api.postCsv(
                World.path("/imports/designations?year=" + LAST_YEAR),
                "taxpayer,recipient,share_bp,made_on\n"
                    + World.TAXPAYER
                    + ",canton,10000,"
                    + LAST_YEAR
                    + "-01-02\n"));
  }

  static Stream<Arguments> strangersToTheCantonsTaxpayers() {
    return Stream.of(
            "clerk of another canton",
            "policy officer of the canton",
            "policy officer of another canton",
            "citizen",
            "foundation",
            "admin")
        .flatMap(user -> taxpayerEndpoints().map(endpoint -> Arguments.of(user, endpoint)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("strangersToTheCantonsTaxpayers")
  void onlyAClerkOfTheCantonReachesItsTaxpayers(
      String user, Function<Api, HttpResponse<String>> endpoint) {
    assertRefused(endpoint.apply(World.caller(user)));
  }

  static Stream<Arguments> notThatCitizen() {
    return Stream.of("clerk of the canton", "policy officer of the canton", "foundation", "admin")
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
    assertRefused(endpoint.apply(World.caller(user)));
  }

  static Stream<Arguments> notAPolicyOfficerOfTheCanton() {
    return Stream.of(
            "policy officer of another canton",
            "clerk of the canton",
            "citizen",
            "foundation",
            "admin")
        .flatMap(
            user ->
                Stream.<Function<Api, HttpResponse<String>>>of(
                        api -> api.postJson(World.path("/policies"), POLICY),
                        api -> api.putJson(World.path("/policies/9999"), POLICY, "0"),
                        api -> api.postJson(World.path("/policies/what-if"), POLICY))
                    .map(endpoint -> Arguments.of(user, endpoint)));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("notAPolicyOfficerOfTheCanton")
  void onlyAPolicyOfficerOfTheCantonChangesItsPolicy(
      String user, Function<Api, HttpResponse<String>> endpoint) {
    assertRefused(endpoint.apply(World.caller(user)));
  }
}
