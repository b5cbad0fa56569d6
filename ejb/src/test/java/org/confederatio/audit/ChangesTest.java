package org.confederatio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesTest {

  @Test
  void aChangeListsOnlyTheFieldsThatDiffer() {
    var lines =
        Changes.of(
            "{\"tax\":\"100.00\",\"recordedBy\":\"clerk\"}",
            "{\"tax\":\"120.00\",\"recordedBy\":\"clerk\"}");

    assertEquals(List.of(new Changes.Line("tax", "100.00", "120.00")), lines);
    assertEquals("tax: 100.00 → 120.00", Changes.text(lines));
  }

  @Test
  void aCreationListsWhatItSetAndSkipsEmptyFields() {
    var lines = Changes.of(null, "{\"code\":\"TAB\",\"name\":\"Tabula\",\"note\":null}");

    assertEquals(
        List.of(new Changes.Line("code", null, "TAB"), new Changes.Line("name", null, "Tabula")),
        lines);
    assertEquals("code: TAB; name: Tabula", Changes.text(lines));
  }

  @Test
  void aTextSnapshotIsOneLineAndNestedValuesStayJson() {
    assertEquals(
        "needs law until 2027-01-01",
        Changes.text(Changes.of(null, "\"needs law until 2027-01-01\"")));
    assertEquals(
        List.of(new Changes.Line("residences", "[]", "[{\"canton\":\"LAC\"}]")),
        Changes.of("{\"residences\":[]}", "{\"residences\":[{\"canton\":\"LAC\"}]}"));
  }

  @Test
  void aReadHasNoChanges() {
    assertEquals(List.of(), Changes.of(null, null));
  }
}
