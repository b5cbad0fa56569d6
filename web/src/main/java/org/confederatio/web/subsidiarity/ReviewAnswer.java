package org.confederatio.web.subsidiarity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;

/** A canton's review with its findings in words. */
public record ReviewAnswer(
    String canton,
    LocalDate on,
    Instant computedAt,
    int functions,
    int candidacies,
    int requiredPrinciples,
    List<FindingAnswer> findings,
    List<FunctionRegister.Summary> compliant) {

  static ReviewAnswer of(SubsidiarityReviews.ReviewView review, FindingTexts texts) {
    return new ReviewAnswer(
        review.canton(),
        review.on(),
        review.computedAt(),
        review.functions(),
        review.candidacies(),
        review.requiredPrinciples(),
        review.findings().stream().map(f -> FindingAnswer.of(f, texts)).toList(),
        review.compliant());
  }
}
