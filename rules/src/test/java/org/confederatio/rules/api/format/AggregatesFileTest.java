package org.confederatio.rules.api.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confederatio.rules.api.allocation.Aggregates;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.allocation.RandomCanton;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AggregatesFileTest {

  @Test
  @DisplayName(
      "A11 — over 1000 random cantons, the lines recomputed from the written AGGREGATES.json are the same")
  void aggregatesSurviveTheFile() throws BadInput {
    for (long seed = 0; seed < RandomCanton.CANTONS; seed++) {
      Aggregates aggregates = RandomCanton.generate(seed).aggregate();

      String written = Json.write(AggregatesFile.write(aggregates));
      Aggregates read =
          AggregatesFile.read("AGGREGATES.json", Json.parse("AGGREGATES.json", written));

      assertEquals(
          Apportionment.apportion(aggregates).lines(),
          Apportionment.apportion(read).lines(),
          "seed " + seed);
    }
  }
}
