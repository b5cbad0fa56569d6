package org.confederatio.rules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.format.BadInput;
import org.confederatio.rules.api.format.PolicyFile;
import org.confederatio.rules.api.format.ReportFile;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.notation.Notation;

/** {@code allocate}: POLICY.json, A.csv and D.csv in, REPORT.json out. */
final class Allocate {

  private Allocate() {}

  static String run(Path policyPath, Path assessmentsPath, Path designationsPath)
      throws BadInput, IOException {
    String policyFile = policyPath.getFileName().toString();
    AllocationPolicy policy = PolicyFile.read(policyFile, Files.readString(policyPath));
    RecipientTable table = new RecipientTable(policy);
    Map<String, Long> taxes = assessments(assessmentsPath);
    Map<String, List<Designation>> designations = designations(designationsPath, table);

    List<Map<String, Object>> undesignated = new ArrayList<>();
    Aggregation aggregation =
        new Aggregation(
            policy,
            table,
            (taxpayer, reason) ->
                undesignated.add(ReportFile.undesignatedTaxpayer(taxpayer, reason)));
    for (Map.Entry<String, Long> taxpayer : taxes.entrySet()) {
      aggregation.add(
          taxpayer.getKey(),
          taxpayer.getValue(),
          designations.getOrDefault(taxpayer.getKey(), List.of()));
    }
    for (String taxpayer : designations.keySet()) {
      if (!taxes.containsKey(taxpayer)) {
        aggregation.addUnassessed(taxpayer);
      }
    }
    Allocation allocation = Apportionment.apportion(aggregation.finish());
    return ReportFile.json(allocation, undesignated);
  }

  /**
   * A.csv: {@code taxpayer,tax}, one row per taxpayer. Sorted by id so the report is the same for
   * any row order.
   */
  private static Map<String, Long> assessments(Path path) throws BadInput, IOException {
    String file = path.getFileName().toString();
    Map<String, Long> taxes = new TreeMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (Csv.Row row : Csv.read(path, "taxpayer,tax")) {
      String taxpayer = row.get(0);
      if (taxpayer.isEmpty()) {
        throw new BadInput(file, row.line(), "taxpayer", "is empty");
      }
      if (firstLine.containsKey(taxpayer)) {
        throw new BadInput(
            file,
            row.line(),
            "taxpayer",
            "'" + taxpayer + "' is already assessed on line " + firstLine.get(taxpayer));
      }
      try {
        taxes.put(taxpayer, Money.parse(row.get(1)).cents());
      } catch (IllegalArgumentException e) {
        throw new BadInput(file, row.line(), "tax", e.getMessage());
      }
      firstLine.put(taxpayer, row.line());
    }
    return taxes;
  }

  /** D.csv: rows of one taxpayer with the same {@code made_on} form one designation. */
  private static Map<String, List<Designation>> designations(Path path, RecipientTable table)
      throws BadInput, IOException {
    String file = path.getFileName().toString();
    Map<String, Map<LocalDate, List<Share>>> grouped = new TreeMap<>();
    for (Csv.Row row : Csv.read(path, "taxpayer,recipient,share_bp,made_on")) {
      String taxpayer = row.get(0);
      if (taxpayer.isEmpty()) {
        throw new BadInput(file, row.line(), "taxpayer", "is empty");
      }
      Recipient recipient;
      try {
        recipient = Recipient.of(row.get(1));
      } catch (IllegalArgumentException e) {
        throw new BadInput(file, row.line(), "recipient", e.getMessage());
      }
      int share;
      try {
        share = Notation.integer(row.get(2), Integer.MIN_VALUE, Integer.MAX_VALUE);
      } catch (IllegalArgumentException e) {
        throw new BadInput(file, row.line(), "share_bp", e.getMessage() + " (basis points)");
      }
      LocalDate madeOn;
      try {
        madeOn = Notation.date(row.get(3));
      } catch (IllegalArgumentException e) {
        throw new BadInput(file, row.line(), "made_on", e.getMessage());
      }
      grouped
          .computeIfAbsent(taxpayer, t -> new TreeMap<>())
          .computeIfAbsent(madeOn, d -> new ArrayList<>())
          .add(new Share(recipient, share));
    }
    Map<String, List<Designation>> designations = new LinkedHashMap<>();
    grouped.forEach(
        (taxpayer, byDay) -> {
          List<Designation> list = new ArrayList<>();
          byDay.forEach((day, shares) -> list.add(table.designation(day, shares)));
          designations.put(taxpayer, list);
        });
    return designations;
  }
}
