package org.confederatio.rules.api.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.UndesignatedTreatment;
import org.confederatio.rules.api.allocation.Weighting;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.money.Money;

/** The POLICY.json form of an {@link AllocationPolicy}, as ALLOCATION.md gives it. */
public final class PolicyFile {

  private PolicyFile() {}

  /**
   * Reads back a policy written by {@link #json}; a malformed text is an IllegalArgumentException.
   */
  public static AllocationPolicy fromJson(String text) {
    try {
      return read("POLICY.json", (Json.Obj) Json.parse("POLICY.json", text), "");
    } catch (BadInput | ClassCastException e) {
      throw new IllegalArgumentException("not a POLICY.json: " + e.getMessage(), e);
    }
  }

  /** Reads POLICY.json as the command-line tool does: a problem is located by line and field. */
  public static AllocationPolicy read(String file, String text) throws BadInput {
    if (!(Json.parse(file, text) instanceof Json.Obj obj)) {
      throw new BadInput(file, 1, null, "expected a JSON object");
    }
    return read(file, obj, "");
  }

  static AllocationPolicy read(String file, Json.Obj obj, String prefix) throws BadInput {
    Fields f = new Fields(file, obj, prefix);
    CantonCode canton = f.parse("canton", CantonCode::of, f.string("canton"));
    int year = (int) f.integer("year");
    String version = obj.values.containsKey("version") ? f.string("version") : canton + " " + year;
    Weighting weighting = f.parse("weighting", Weighting::valueOf, f.string("weighting"));
    UndesignatedTreatment undesignated =
        f.parse("undesignated", UndesignatedTreatment::valueOf, f.string("undesignated"));
    Optional<OrganizationId> fund =
        f.isNull("fund")
            ? Optional.empty()
            : Optional.of(f.parse("fund", OrganizationId::of, f.string("fund")));
    Optional<Money> cap = f.isNull("cap") ? Optional.empty() : Optional.of(f.money("cap"));
    Money minimum = obj.values.containsKey("minimumPayout") ? f.money("minimumPayout") : Money.ZERO;
    try {
      return new AllocationPolicy(
          canton,
          year,
          version,
          f.decimal("designableRate"),
          weighting,
          undesignated,
          fund,
          organizations(f, "renouncing"),
          cap,
          minimum,
          (int) f.integer("maxRecipients"),
          f.date("deadline"),
          organizations(f, "accredited"));
    } catch (AllocationPolicy.InvalidPolicy e) {
      String first = e.problems().get(0);
      String field = first.substring(0, first.indexOf(':'));
      String more =
          e.problems().size() > 1
              ? " (also " + String.join("; ", e.problems().subList(1, e.problems().size())) + ")"
              : "";
      throw f.error(field, first.substring(first.indexOf(':') + 2) + more);
    }
  }

  private static TreeSet<OrganizationId> organizations(Fields f, String field) throws BadInput {
    TreeSet<OrganizationId> ids = new TreeSet<>();
    for (String id : f.strings(field)) {
      ids.add(f.parse(field, OrganizationId::of, id));
    }
    return ids;
  }

  /**
   * POLICY.json as {@code allocate} reads it, for exporting a canton's year to check it offline.
   */
  public static String json(AllocationPolicy policy) {
    return Json.write(write(policy));
  }

  static Map<String, Object> write(AllocationPolicy policy) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("canton", policy.canton().value());
    out.put("year", policy.year());
    out.put("version", policy.version());
    out.put("designableRate", policy.designableRate().toPlainString());
    out.put("weighting", policy.weighting().name());
    out.put("undesignated", policy.undesignated().name());
    out.put("fund", policy.fund().map(OrganizationId::value).orElse(null));
    out.put("renouncing", ids(policy.renouncing()));
    out.put("cap", policy.cap().map(Money::toString).orElse(null));
    out.put("minimumPayout", policy.minimumPayout().toString());
    out.put("maxRecipients", policy.maxRecipients());
    out.put("deadline", policy.deadline().toString());
    out.put("accredited", ids(policy.accredited()));
    return out;
  }

  private static List<String> ids(java.util.Set<OrganizationId> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(id.value()));
    return out;
  }
}
