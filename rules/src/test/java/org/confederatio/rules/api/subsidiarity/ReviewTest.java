package org.confederatio.rules.api.subsidiarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReviewTest {

  private static final CantonCode LAC = CantonCode.of("LAC");
  private static final CantonCode MON = CantonCode.of("MON");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static PublicFunction cantonal(String id, boolean coercive) {
    return new PublicFunction(
        id,
        id,
        Level.CANTONAL,
        Optional.of(LAC),
        Optional.empty(),
        Scope.CANTONAL,
        coercive,
        Set.of());
  }

  private static PublicFunction confederal(String id, Scope scope, CantonCode... delegatedBy) {
    return new PublicFunction(
        id,
        id,
        Level.CONFEDERAL,
        Optional.empty(),
        Optional.empty(),
        scope,
        false,
        Set.of(delegatedBy));
  }

  private static Candidacy candidacy(String function, int principles) {
    Set<DesignPrinciple> met = EnumSet.noneOf(DesignPrinciple.class);
    for (int i = 0; i < principles; i++) {
      met.add(DesignPrinciple.values()[i]);
    }
    return new Candidacy(
        "c-" + function + "-" + principles, function, OrganizationId.of("commons-of-code"), met);
  }

  private static Review review(
      List<PublicFunction> register,
      List<Candidacy> candidacies,
      List<Justification> justifications) {
    return Review.of(
        LAC, register, candidacies, justifications, Review.DEFAULT_REQUIRED_PRINCIPLES, TODAY);
  }

  @Test
  @DisplayName(
      "S1 — a cantonal function with a viable candidacy is COMMONS_CAPABLE, naming the candidate")
  void s1CommonsCapable() {
    var review =
        review(
            List.of(cantonal("libraries", false)), List.of(candidacy("libraries", 8)), List.of());

    assertEquals(1, review.findings().size());
    Finding finding = review.findings().get(0);
    assertEquals(FindingKind.COMMONS_CAPABLE, finding.kind());
    assertEquals("S1", finding.rule());
    var candidates = ((Facts.CommonsCapable) finding.facts()).candidates();
    assertEquals(1, candidates.size(), finding.facts().toString());
    assertEquals(OrganizationId.of("commons-of-code"), candidates.get(0).organization());
    assertEquals(8, candidates.get(0).met().size(), finding.facts().toString());
    assertEquals(Finding.Status.OPEN, finding.status());
  }

  @Test
  @DisplayName(
      "S1 — a function that needs coercive authority is never flagged, however good the candidacy")
  void s1NeverCoercive() {
    var review =
        review(
            List.of(cantonal("policing", true), cantonal("courts", true)),
            List.of(candidacy("policing", 8), candidacy("courts", 8)),
            List.of());

    assertTrue(review.findings().isEmpty());
    assertEquals(2, review.compliant().size());
  }

  @Test
  @DisplayName(
      "S1 — a candidacy meeting seven of eight principles is not viable under the default policy")
  void s1SevenOfEightIsNotEnoughByDefault() {
    var register = List.of(cantonal("water", false));
    var candidacies = List.of(candidacy("water", 7));

    assertTrue(review(register, candidacies, List.of()).findings().isEmpty());
    assertEquals(
        1,
        Review.of(LAC, register, candidacies, List.of(), 7, TODAY).findings().size(),
        "a canton whose policy asks for seven counts it");
  }

  @Test
  @DisplayName("S1 — a function already run as commons is compliant")
  void s1CommonsIsCompliant() {
    var commons =
        new PublicFunction(
            "software",
            "software",
            Level.COMMONS,
            Optional.of(LAC),
            Optional.of(OrganizationId.of("commons-of-code")),
            Scope.TRANSNATIONAL,
            false,
            Set.of());

    var review = review(List.of(commons), List.of(candidacy("software", 8)), List.of());

    assertEquals(List.of(commons), review.compliant());
  }

  @Test
  @DisplayName(
      "S2 — a confederal function of local or cantonal scope should be cantonal; a transnational one not")
  void s2ShouldBeCantonal() {
    var review =
        review(
            List.of(
                confederal("waste", Scope.LOCAL, LAC),
                confederal("roads", Scope.CANTONAL, LAC),
                confederal("climate", Scope.TRANSNATIONAL, LAC)),
            List.of(),
            List.of());

    assertEquals(
        List.of("roads", "waste"),
        review.findings().stream()
            .filter(f -> f.kind() == FindingKind.SHOULD_BE_CANTONAL)
            .map(Finding::function)
            .toList());
    assertEquals("climate", review.compliant().get(0).id());
  }

  @Test
  @DisplayName(
      "S3 — a confederal function applied to a canton that did not delegate it is NOT_DELEGATED")
  void s3NotDelegated() {
    var review =
        review(List.of(confederal("currency", Scope.TRANSNATIONAL, MON)), List.of(), List.of());

    assertEquals(1, review.findings().size());
    assertEquals(FindingKind.NOT_DELEGATED, review.findings().get(0).kind());
    assertEquals("S3", review.findings().get(0).rule());
    assertEquals(new Facts.NotDelegated(LAC, List.of(MON)), review.findings().get(0).facts());
  }

  @Test
  @DisplayName(
      "S4 — a justified finding is JUSTIFIED until its justification expires, then open again")
  void s4JustificationExpires() {
    var register = List.of(confederal("waste", Scope.LOCAL, LAC));
    var justification =
        new Justification(
            "waste",
            FindingKind.SHOULD_BE_CANTONAL,
            "needs uniform regulation",
            "policy",
            TODAY,
            RECORDED);

    assertEquals(
        Finding.Status.JUSTIFIED,
        review(register, List.of(), List.of(justification)).findings().get(0).status());
    var later = Review.of(LAC, register, List.of(), List.of(justification), 8, TODAY.plusDays(1));
    assertEquals(Finding.Status.OPEN, later.findings().get(0).status());
  }

  private static final java.time.Instant RECORDED = java.time.Instant.parse("2026-01-05T10:00:00Z");

  private static Justification waste(String reason, java.time.LocalDate until, long minutesLater) {
    return new Justification(
        "waste",
        FindingKind.SHOULD_BE_CANTONAL,
        reason,
        "policy",
        until,
        RECORDED.plusSeconds(60 * minutesLater));
  }

  @Test
  @DisplayName(
      "S4 — of several justifications of a finding the latest recorded counts, whatever its dates")
  void s4TheLatestJustificationCounts() {
    var register = List.of(confederal("waste", Scope.LOCAL, LAC));
    var earlier = waste("needs uniform regulation", TODAY.plusYears(2), 0);
    var latest = waste("until the new law", TODAY.plusMonths(1), 5);

    for (var order : List.of(List.of(earlier, latest), List.of(latest, earlier))) {
      var finding = review(register, List.of(), order).findings().get(0);
      assertEquals(Finding.Status.JUSTIFIED, finding.status());
      assertEquals("until the new law", finding.justification().orElseThrow().reason());
    }
    var afterTheLatest =
        Review.of(LAC, register, List.of(), List.of(earlier, latest), 8, TODAY.plusMonths(2));
    assertEquals(
        Finding.Status.OPEN,
        afterTheLatest.findings().get(0).status(),
        "the latest has expired: an earlier, longer one does not count any more");
  }

  @Test
  @DisplayName(
      "S5 — every function of the canton is either in a finding or compliant; others' are not reviewed")
  void s5CoversTheWholeRegister() {
    var montes =
        new PublicFunction(
            "mon-schools",
            "schools",
            Level.CANTONAL,
            Optional.of(MON),
            Optional.empty(),
            Scope.CANTONAL,
            false,
            Set.of());
    var register =
        List.of(
            cantonal("libraries", false),
            cantonal("courts", true),
            confederal("waste", Scope.LOCAL, LAC),
            montes);

    var review = review(register, List.of(candidacy("libraries", 8)), List.of());

    Set<String> covered = new java.util.TreeSet<>();
    review.findings().forEach(f -> covered.add(f.function()));
    review.compliant().forEach(f -> covered.add(f.id()));
    assertEquals(Set.of("libraries", "courts", "waste"), covered);
    // S5: a finding explains itself: the function by name, and the facts of the rule it breaks
    review
        .findings()
        .forEach(
            f -> {
              assertEquals(
                  register.stream()
                      .filter(p -> p.id().equals(f.function()))
                      .findFirst()
                      .orElseThrow()
                      .name(),
                  f.functionName());
              FindingKind byFacts =
                  f.facts() instanceof Facts.CommonsCapable
                      ? FindingKind.COMMONS_CAPABLE
                      : f.facts() instanceof Facts.ShouldBeCantonal
                          ? FindingKind.SHOULD_BE_CANTONAL
                          : FindingKind.NOT_DELEGATED;
              assertEquals(byFacts, f.kind());
            });
    assertTrue(
        review.findings().stream().anyMatch(f -> f.facts() instanceof Facts.CommonsCapable),
        "libraries could be run as a commons (S1)");
  }
}
