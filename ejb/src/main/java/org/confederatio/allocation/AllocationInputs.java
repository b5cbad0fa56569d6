package org.confederatio.allocation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.confederatio.access.Caller;
import org.confederatio.access.Role;
import org.confederatio.audit.AuditScope;
import org.confederatio.audit.AuditTrail;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.designation.Counting;
import org.confederatio.files.CsvExport;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.format.PolicyFile;
import org.confederatio.rules.api.money.Money;

/**
 * A canton's year in the files of ALLOCATION.md (POLICY.json, A.csv, D.csv), so that a clerk or an
 * auditor can run {@code confederatio-rules.jar allocate} on the same data as the server. A.csv and
 * D.csv name taxpayers: the canton's clerks only, and each export is audited.
 */
@Stateless
public class AllocationInputs {

  @Inject private CantonRegistry cantons;
  @Inject private CantonPolicies policies;
  @Inject private TaxpayerSource taxpayers;
  @Inject private AuditTrail audit;

  public String policy(Caller caller, CantonCode canton, FiscalYear year) {
    caller.requireCanton(canton, Role.CLERK, Role.POLICY, Role.ADMIN);
    cantons.find(canton);
    return PolicyFile.json(policies.allocationPolicy(canton, year));
  }

  public String assessments(Caller caller, CantonCode canton, FiscalYear year) {
    return export(
        caller,
        canton,
        year,
        "taxpayer,tax",
        (t, out) -> out.row(t.id(), Money.ofCents(t.taxCents())));
  }

  /**
   * One row per share; of several designations of one day only the last recorded, as the server
   * counts.
   */
  public String designations(Caller caller, CantonCode canton, FiscalYear year) {
    return export(
        caller,
        canton,
        year,
        "taxpayer,recipient,share_bp,made_on",
        (t, out) -> {
          for (TaxpayerSource.Made m :
              Counting.lastOfEachDay(t.made(), TaxpayerSource.Made::madeOn)) {
            for (String share : m.shares().split(" ")) {
              int colon = share.lastIndexOf(':');
              out.row(t.id(), share.substring(0, colon), share.substring(colon + 1), m.madeOn());
            }
          }
        });
  }

  private interface Row {
    void write(TaxpayerSource.Taxpayer taxpayer, CsvExport out);
  }

  /** A contract file of ALLOCATION.md: English header, plain numbers, RFC 4180. */
  private String export(Caller caller, CantonCode canton, FiscalYear year, String header, Row row) {
    caller.requireCanton(canton, Role.CLERK);
    cantons.find(canton);
    CsvExport out = new CsvExport(header);
    taxpayers.forEach(canton, year, t -> row.write(t, out));
    audit.record(
        caller.username(),
        "export",
        "AllocationInputs",
        canton + "/" + year,
        AuditScope.of(canton),
        null,
        header);
    return out.toString();
  }
}
