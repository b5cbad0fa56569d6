package org.confederatio.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.Test;

/** The translator on the real migrations and demo data: pages never change what is read. */
class TaxpayerSourceTest {

  private final TestDatabase db = new TestDatabase();

  private List<TaxpayerSource.Taxpayer> all(TaxpayerSource source, CantonCode canton, int size) {
    List<TaxpayerSource.Taxpayer> all = new ArrayList<>();
    String after = "";
    for (var page = source.page(canton, FiscalYear.of(2025), after, size);
        !page.isEmpty();
        page = source.page(canton, FiscalYear.of(2025), after, size)) {
      all.addAll(page);
      after = page.get(page.size() - 1).id();
    }
    return all;
  }

  @Test
  void everyPageSizeReadsTheSameTaxpayersEvenWithUnassessedDesignationsBetweenThem()
      throws SQLException {
    Migrations.apply(db.dataSource, true);
    try (Connection c = db.dataSource.getConnection();
        var s = c.createStatement()) {
      // someone who designated in Lacus without an assessment, whose id sorts between taxpayers
      s.executeUpdate(
          "INSERT INTO person (id, name, born) VALUES ('P-0003A', 'Unassessed', '1990-01-01')");
      s.executeUpdate(
          "INSERT INTO designation (canton_code, fiscal_year, person_id, made_on, shares, recorded_at,"
              + " recorded_by, channel) VALUES ('LAC', 2025, 'P-0003A', '2025-02-02', 'canton:10000', CURRENT_TIMESTAMP,"
              + " 'test', 'CLERK')");
    }
    TaxpayerSource source = new TaxpayerSource(db.dataSource);
    CantonCode lac = CantonCode.of("LAC");

    List<TaxpayerSource.Taxpayer> whole = all(source, lac, 5_000);

    assertEquals(whole, all(source, lac, 1));
    assertEquals(whole, all(source, lac, 3));
    assertEquals(true, whole.stream().anyMatch(t -> !t.made().isEmpty()), "designations were read");
    assertEquals(
        false,
        whole.stream().anyMatch(t -> t.id().equals("P-0003A")),
        "the unassessed are not taxpayers");
  }

  private List<TaxpayerSource.Entry> entries(TaxpayerSource source, CantonCode canton, int size) {
    List<TaxpayerSource.Entry> all = new ArrayList<>();
    String after = "";
    for (var page = source.entries(canton, FiscalYear.of(2025), after, size);
        !page.isEmpty();
        page = source.entries(canton, FiscalYear.of(2025), after, size)) {
      all.addAll(page);
      after = page.get(page.size() - 1).id();
    }
    return all;
  }

  @Test
  void theUnassessedComeInIdOrderBetweenAndAfterTheTaxpayersOnceEachWhateverThePageSize()
      throws SQLException {
    Migrations.apply(db.dataSource, true);
    try (Connection c = db.dataSource.getConnection();
        var s = c.createStatement()) {
      // one unassessed designator between taxpayers (twice), one before all and one after all
      for (String id : List.of("P-0003A", "P-0003A", "0-FIRST", "ZZ-LAST")) {
        s.executeUpdate(
            "INSERT INTO person (id, name, born) SELECT '"
                + id
                + "', 'Unassessed', CAST('1990-01-01' AS DATE) FROM person WHERE id = 'P-0001'"
                + " AND NOT EXISTS (SELECT 1 FROM person WHERE id = '"
                + id
                + "')");
        s.executeUpdate(
            "INSERT INTO designation (canton_code, fiscal_year, person_id, made_on, shares, recorded_at,"
                + " recorded_by, channel) VALUES ('LAC', 2025, '"
                + id
                + "', '2025-02-02', 'canton:10000', CURRENT_TIMESTAMP, 'test', 'CLERK')");
      }
    }
    TaxpayerSource source = new TaxpayerSource(db.dataSource);
    CantonCode lac = CantonCode.of("LAC");

    List<TaxpayerSource.Entry> whole = entries(source, lac, 5_000);

    assertEquals(whole, entries(source, lac, 1));
    assertEquals(whole, entries(source, lac, 2));
    List<String> ids = whole.stream().map(TaxpayerSource.Entry::id).toList();
    assertEquals(ids.stream().sorted().distinct().toList(), ids, "in id order, once each");
    assertEquals(
        List.of("0-FIRST", "P-0003A", "ZZ-LAST"),
        whole.stream()
            .filter(e -> e instanceof TaxpayerSource.Unassessed)
            .map(TaxpayerSource.Entry::id)
            .toList());
    assertEquals(
        whole.stream().filter(e -> e instanceof TaxpayerSource.Taxpayer).toList(),
        all(source, lac, 5_000),
        "the taxpayers are those of the pages");
  }
}
