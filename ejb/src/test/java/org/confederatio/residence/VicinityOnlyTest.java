package org.confederatio.residence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.roll.Eligibility;
import org.confederatio.rules.api.roll.RollEntry;
import org.confederatio.rules.api.roll.RollPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R3 — over 1000 random people: whatever nationality and place of origin the register records,
 * their outcome on every canton's roll is the same. By construction the roll sees people only
 * through {@link Person#resident()}; this checks that the construction holds.
 */
class VicinityOnlyTest {

  private static final List<CantonCode> CANTONS =
      List.of(CantonCode.of("LAC"), CantonCode.of("MON"));
  private static final List<String> NATIONALITIES =
      List.of("IT", "CH", "ES", "TR", "BR", "NG", "UA", "stateless");

  @Test
  @DisplayName("R3 — changing nationality or origin never changes a roll")
  void nationalityAndOriginAreNeverInputs() {
    for (long seed = 0; seed < 1000; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate born = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(30_000));
      Person one = new Person("p", "X", born, pick(random), "origin " + random.nextInt(100));
      Person other = new Person("p", "X", born, pick(random), "origin " + random.nextInt(100));
      LocalDate day = born;
      for (int move = 0; move < 1 + random.nextInt(4); move++) {
        day = day.plusDays(1 + random.nextInt(5000));
        CantonCode canton = CANTONS.get(random.nextInt(CANTONS.size()));
        one.moveTo(canton, day);
        other.moveTo(canton, day);
      }
      LocalDate reference = born.plusDays(random.nextInt(40_000));
      RollPolicy policy = new RollPolicy("p", 16 + random.nextInt(5), random.nextInt(25));
      other.changeNationality(pick(random));

      for (CantonCode canton : CANTONS) {
        Optional<RollEntry> a = Eligibility.consider(one.resident(), canton, reference, policy);
        Optional<RollEntry> b = Eligibility.consider(other.resident(), canton, reference, policy);
        assertEquals(a, b, "seed " + seed);
      }
    }
  }

  private static String pick(SplittableRandom random) {
    return NATIONALITIES.get(random.nextInt(NATIONALITIES.size()));
  }
}
