package org.confederatio.rules.api.format;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Parts of a REPORT.json, read with the formats' own parser, for tests. */
public final class ReportParts {

  private ReportParts() {}

  /** The {@code aggregates} member as AGGREGATES.json text. */
  public static String aggregates(String reportJson) throws BadInput {
    return Json.write(((Json.Obj) Json.parse("report", reportJson)).values.get("aggregates"));
  }

  /** The amount of each line by recipient. */
  public static Map<String, String> amounts(String reportJson) throws BadInput {
    Json.Obj obj = (Json.Obj) Json.parse("report", reportJson);
    Map<String, String> amounts = new TreeMap<>();
    for (Object line : (List<?>) obj.values.get("lines")) {
      Json.Obj l = (Json.Obj) line;
      amounts.put((String) l.values.get("recipient"), (String) l.values.get("amount"));
    }
    return amounts;
  }
}
