package org.confederatio.designation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run's parser of stored shares reads what the plain one reads, and refuses what it refuses.
 */
class SharesReaderTest {

  @Test
  void readsEveryStoredFormAsTheParserDoes() {
    Shares.Reader reader = new Shares.Reader();
    for (String stored :
        List.of(
            "canton:10000",
            "las-indias:6000 canton:4000",
            "a:1 b:2 c:9997",
            "canton:6000 canton:4000",
            "las-indias:0")) {
      assertEquals(Shares.parse(stored), reader.apply(stored), stored);
      assertEquals(Shares.parse(stored), reader.apply(stored), stored + ", a second time");
    }
  }

  @Test
  void refusesSharesWithoutBasisPointsOrWithABadRecipient() {
    Shares.Reader reader = new Shares.Reader();
    for (String stored : List.of("canton", "canton:", "canton:12a", "canton:-5", "Bad Id!:100")) {
      assertThrows(IllegalArgumentException.class, () -> reader.apply(stored), stored);
    }
  }
}
