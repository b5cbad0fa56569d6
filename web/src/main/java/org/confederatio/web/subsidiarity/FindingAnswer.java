package org.confederatio.web.subsidiarity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.subsidiarity.Finding;
import org.confederatio.rules.api.subsidiarity.FindingKind;
import org.confederatio.subsidiarity.SubsidiarityReviews;

/**
 * A finding in words: what it says as a sentence with its rule as a reference ({@code title}), its
 * facts and what would resolve it in one language, and the values they name beside them (the kind
 * is their code).
 */
public record FindingAnswer(
    String id,
    FindingKind kind,
    String rule,
    String title,
    String function,
    String functionName,
    String facts,
    String resolution,
    Map<String, Object> values,
    Finding.Status status,
    String justification,
    String justifiedBy,
    LocalDate justifiedUntil,
    List<SubsidiarityReviews.JustificationView> history) {

  static FindingAnswer of(SubsidiarityReviews.FindingView f, FindingTexts texts) {
    return new FindingAnswer(
        f.id(),
        f.kind(),
        f.rule(),
        texts.title(f.kind()),
        f.function(),
        f.functionName(),
        texts.facts(f.facts()),
        texts.resolution(f.facts()),
        FindingTexts.values(f.facts()),
        f.status(),
        f.justification(),
        f.justifiedBy(),
        f.justifiedUntil(),
        f.history());
  }
}
