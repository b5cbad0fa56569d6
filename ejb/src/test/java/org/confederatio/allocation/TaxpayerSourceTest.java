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
}
