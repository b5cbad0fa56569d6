package org.confederatio.rules.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.confederatio.rules.api.format.BadInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tool's streaming CSV reader where a record crosses the end of its 64 K buffer. */
class CsvTest {

  private static final int BUFFER = 1 << 16;

  @Test
  @DisplayName("A plain field cut by the buffer's end is read whole")
  void plainFieldAcrossTheBuffer() throws BadInput {
    String head = "a,b\n";
    String filler = "x".repeat(BUFFER - head.length() - 6) + ",1\n"; // ends 3 before the boundary
    String content = head + filler + "abcdef,2\n";

    List<Csv.Row> rows = Csv.parse(content, "F.csv", "a,b");

    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"abcdef", "2"}, rows.get(1).fields());
    assertEquals(3, rows.get(1).line());
  }

  @Test
  @DisplayName("A quoted field with a line break and a doubled quote across the buffer's end")
  void quotedFieldAcrossTheBuffer() throws BadInput {
    String head = "a,b\n";
    String filler = "y".repeat(BUFFER - head.length() - 6) + ",1\n";
    String content = head + filler + "\"p\"\"q\r\nr\",2\nlast,3\n";

    List<Csv.Row> rows = Csv.parse(content, "F.csv", "a,b");

    assertEquals(3, rows.size());
    assertArrayEquals(new String[] {"p\"q\r\nr", "2"}, rows.get(1).fields());
    assertEquals(3, rows.get(1).line());
    assertEquals(5, rows.get(2).line(), "the line break inside quotes counts");
  }
}
