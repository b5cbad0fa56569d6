package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Person ids that a locale collation orders differently from Java (upper and lower case, hyphens):
 * an allocation run merges the assessments and the designations, both ordered by the database, with
 * {@code String.compareTo}, and must count every designation whatever the database's collation. On
 * PostgreSQL the suite's database has an en-US collation on purpose (ear/pom.xml), where {@code
 * q..-a} sorts before {@code Q..-B} and {@code q..-c} between {@code Q..-B} and {@code Q..-D}, and
 * the merge dropped designations until V13 pinned the ids to binary order.
 */
class TaxpayerOrderIT {

  private static final int YEAR = ServerClock.YEAR - 1;

  @Test
  void everyDesignationCountsWhateverTheCaseAndHyphensOfTheIds() {
    String fund = Fixture.organization("CONFEDERAL_FUND", "Order Fund");
    TestCanton canton = FiscalWorld.cantonWithFund(fund);
    String phyle = FiscalWorld.phyle("Order Phyle", canton);
    String stem = Fixture.letters(6);
    List<String> ids =
        List.of(
            "Q" + stem + "-B",
            "q" + stem + "-c",
            "Q" + stem + "-D",
            "Q" + stem + "b-1",
            "Q" + stem + "b1",
            "a" + stem,
            "Z" + stem);
    for (String id : ids) {
      Fixture.created(
          canton.clerk.postJson(
              canton.path("/people"),
              """
              {"id":"%s","name":"Order %s","born":"1970-01-01","residentSince":"2000-01-01"}"""
                  .formatted(id, id)));
      FiscalWorld.assess(canton, id, YEAR, "1000.00");
      FiscalWorld.designate(canton, id, YEAR, LocalDate.of(YEAR, 3, 1), phyle);
    }

    // a designation of someone not assessed here (A2): the merge skips it, and under a locale
    // collation it stood before Q..-B in the database's order but after every upper-case id in
    // Java's, so that it hid the designations of everyone after it
    String unassessed = "q" + stem + "-a";
    Fixture.created(
        canton.clerk.postJson(
            canton.path("/people"),
            """
            {"id":"%s","name":"Order unassessed","born":"1970-01-01","residentSince":"2000-01-01"}"""
                .formatted(unassessed)));
    FiscalWorld.designate(canton, unassessed, YEAR, LocalDate.of(YEAR, 3, 1), phyle);

    JsonObject run = AllocationRunsApiIT.computed(canton.clerk, canton.code, YEAR);

    Map<String, String> lines = AllocationRunsApiIT.lines(run);
    BigDecimal toFund = new BigDecimal(lines.getOrDefault(fund, "0.00"));
    assertEquals(
        0,
        toFund.signum(),
        "every taxpayer designated the phyle, so nothing is undesignated for the fund: " + lines);
    assertTrue(new BigDecimal(lines.get(phyle)).signum() > 0, lines.toString());
  }
}
