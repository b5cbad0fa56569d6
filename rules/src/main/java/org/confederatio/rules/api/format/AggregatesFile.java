package org.confederatio.rules.api.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Recipient;

/** The AGGREGATES.json form of rule A11: what a published report discloses. */
public final class AggregatesFile {

  private AggregatesFile() {}

  /** AGGREGATES.json as {@code recompute} reads it: the text a server publishes and digests. */
  public static String json(Aggregates aggregates) {
    return Json.write(write(aggregates));
  }

  static Map<String, Object> write(Aggregates aggregates) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("policy", PolicyFile.write(aggregates.policy()));
    out.put("pot", aggregates.pot().toPlainString());
    out.put("taxpayers", aggregates.taxpayers());
    List<Object> expressed = new ArrayList<>();
    for (Aggregates.Expressed e : aggregates.expressed()) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("recipient", e.recipient().id());
      line.put("choices", e.choices().toPlainString());
      line.put("choosers", e.choosers());
      line.put("amount", e.exactAmount().map(BigDecimal::toPlainString).orElse(null));
      expressed.add(line);
    }
    out.put("expressed", expressed);
    return out;
  }

  /**
   * Reads AGGREGATES.json, or the {@code aggregates} member of a REPORT.json written by {@code
   * allocate}.
   */
  public static Aggregates read(String file, String text) throws BadInput {
    return read(file, Json.parse(file, text));
  }

  static Aggregates read(String file, Object json) throws BadInput {
    if (!(json instanceof Json.Obj obj)) {
      throw new BadInput(file, 1, null, "expected a JSON object");
    }
    if (obj.values.get("aggregates") instanceof Json.Obj inner) {
      obj = inner;
    }
    Fields f = new Fields(file, obj, "");
    if (!(f.required("policy") instanceof Json.Obj policy)) {
      throw f.error("policy", "must be an object");
    }
    var parsedPolicy = PolicyFile.read(file, policy, "policy.");
    BigDecimal pot = f.decimal("pot");
    long taxpayers = f.integer("taxpayers");
    if (!(f.required("expressed") instanceof List<?> list)) {
      throw f.error("expressed", "must be a list");
    }
    List<Aggregates.Expressed> expressed = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i) instanceof Json.Obj item)) {
        throw f.error("expressed", "item " + (i + 1) + " must be an object");
      }
      Fields e = new Fields(file, item, "expressed[" + i + "].");
      Recipient recipient = e.parse("recipient", Recipient::of, e.string("recipient"));
      long choosers = item.values.containsKey("choosers") ? e.integer("choosers") : 0;
      BigDecimal amount = e.isNull("amount") ? null : e.decimal("amount");
      expressed.add(new Aggregates.Expressed(recipient, e.decimal("choices"), choosers, amount));
    }
    try {
      return new Aggregates(parsedPolicy, pot, taxpayers, expressed, Map.of());
    } catch (IllegalArgumentException ex) {
      throw new BadInput(file, obj.line, null, ex.getMessage());
    }
  }
}
