package org.confederatio.rules.api.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.Line;
import org.confederatio.rules.api.allocation.UndesignatedReason;
import org.confederatio.rules.api.money.Fraction;

/**
 * REPORT.json: the rounded pot and the lines with their explanation (A10), and for {@code allocate}
 * the undesignated taxpayers by reason and the aggregates that {@code recompute} takes.
 */
public final class ReportFile {

  /** Explanation figures are exact fractions of a cent; the report shows them to six decimals. */
  static final int EXPLANATION_DECIMALS = 6;

  private ReportFile() {}

  /**
   * REPORT.json: the lines of {@code allocation} with their explanations and, when {@code
   * undesignated} is given, the taxpayers who designated nothing (A2) and the aggregates (A11).
   */
  public static String json(Allocation allocation, List<Map<String, Object>> undesignated) {
    return Json.write(write(allocation, undesignated));
  }

  static Map<String, Object> write(Allocation allocation, List<Map<String, Object>> undesignated) {
    Map<String, Object> out = new LinkedHashMap<>();
    var policy = allocation.aggregates().policy();
    out.put("canton", policy.canton().value());
    out.put("year", policy.year());
    out.put("policyVersion", allocation.policyVersion());
    out.put("pot", allocation.pot().toString());
    out.put("lines", lines(allocation));
    out.put(
        "explanationPrecision",
        "explanation figures are rounded to "
            + EXPLANATION_DECIMALS
            + " decimals; every amount is exact to the cent and the lines sum to the pot");
    if (undesignated != null) {
      Map<String, Object> byReason = new LinkedHashMap<>();
      allocation.aggregates().undesignated().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> byReason.put(e.getKey().name(), e.getValue()));
      Map<String, Object> section = new LinkedHashMap<>();
      section.put("byReason", byReason);
      section.put("taxpayers", undesignated);
      out.put("undesignated", section);
      out.put("aggregates", AggregatesFile.write(allocation.aggregates()));
    }
    return out;
  }

  public static Map<String, Object> undesignatedTaxpayer(
      String taxpayer, UndesignatedReason reason) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("taxpayer", taxpayer);
    out.put("reason", reason.name());
    return out;
  }

  private static List<Object> lines(Allocation allocation) {
    List<Object> lines = new ArrayList<>();
    for (Line line : allocation.lines()) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("recipient", line.recipient().id());
      out.put("amount", line.amount().toString());
      out.put("choosers", line.choosers());
      Map<String, Object> explanation = new LinkedHashMap<>();
      explanation.put("expressed", units(line.expressed()));
      explanation.put("undesignatedShare", units(line.undesignatedShare()));
      explanation.put("renounced", units(line.renounced()));
      explanation.put("capAdjustment", units(line.capAdjustment()));
      explanation.put("minimumPayoutAdjustment", units(line.minimumPayoutAdjustment()));
      explanation.put("exact", units(line.exact()));
      explanation.put("roundingAdjustment", units(line.roundingAdjustment()));
      out.put("explanation", explanation);
      lines.add(out);
    }
    return lines;
  }

  private static String units(Fraction cents) {
    return cents.toUnits(EXPLANATION_DECIMALS).toPlainString();
  }
}
