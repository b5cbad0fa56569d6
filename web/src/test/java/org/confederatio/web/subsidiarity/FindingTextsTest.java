package org.confederatio.web.subsidiarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.rules.api.subsidiarity.Facts;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.rules.api.subsidiarity.Scope;
import org.junit.jupiter.api.Test;

/** The findings' facts and remedies read in words, in each language, from the rules' values. */
class FindingTextsTest {

  private static final CantonCode LAC = CantonCode.of("LAC");

  private static final List<Facts> ALL =
      List.of(
          new Facts.CommonsCapable(
              Level.CANTONAL,
              Optional.of(LAC),
              8,
              List.of(
                  new Facts.Candidate(
                      OrganizationId.of("commons-of-code"), List.of(DesignPrinciple.values())))),
          new Facts.ShouldBeCantonal(Scope.LOCAL),
          new Facts.NotDelegated(LAC, List.of(CantonCode.of("RIV"), CantonCode.of("MON"))),
          new Facts.NotDelegated(LAC, List.of()));

  @Test
  void englishNamesTheValuesInWords() {
    FindingTexts english = FindingTexts.english();

    assertTrue(
        english
            .facts(ALL.get(0))
            .startsWith("Run by canton LAC without needing coercive authority"),
        english.facts(ALL.get(0)));
    assertTrue(
        english.facts(ALL.get(0)).contains("commons-of-code (meets 8 of 8: Clearly defined"),
        english.facts(ALL.get(0)));
    assertEquals(
        "Run by the confederation although its scope is local.", english.facts(ALL.get(1)));
    assertEquals(
        "A confederal function applied to LAC, which did not delegate it (delegated by: MON, RIV).",
        english.facts(ALL.get(2)));
    assertTrue(english.facts(ALL.get(3)).contains("(delegated by: none)"));
    assertEquals(
        "Stop applying it to LAC, or have LAC delegate it.", english.resolution(ALL.get(2)));
  }

  @Test
  void aFindingIsASentenceWithItsRuleAsAReferenceAndCandidatesByName() {
    FindingTexts spanish =
        new FindingTexts(Locale.forLanguageTag("es"), o -> "Name of " + o.value());
    assertEquals(
        "La gestiona la confederación aunque los cantones podrían gestionarla (regla S2)",
        spanish.title(ALL.get(1).kind()));
    for (Facts facts : ALL) {
      if (facts instanceof Facts.CommonsCapable s1 && !s1.candidates().isEmpty()) {
        String text = spanish.facts(facts);
        assertTrue(text.contains("Name of " + s1.candidates().get(0).organization().value()), text);
      }
    }
  }

  @Test
  void everyLanguageWordsEveryFinding() {
    for (String language : List.of("en", "es", "eo")) {
      FindingTexts texts =
          new FindingTexts(Locale.forLanguageTag(language), o -> "Name of " + o.value());
      for (Facts facts : ALL) {
        for (String text :
            List.of(texts.facts(facts), texts.resolution(facts), texts.title(facts.kind()))) {
          assertFalse(text.isBlank() || text.contains("{") || text.contains("_"), text);
        }
      }
    }
    assertTrue(
        new FindingTexts(Locale.forLanguageTag("es"), o -> o.value())
            .facts(ALL.get(1))
            .contains("alcance es local"));
  }
}
