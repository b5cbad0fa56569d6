package org.confederatio.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.confederatio.failure.Invalid;
import org.confederatio.files.CsvTable;
import org.confederatio.rules.api.format.BadInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command-line tool reads CSV with its own dependency-free reader ({@link Csv}); the server
 * reads the same files with Apache Commons CSV ({@link CsvTable}). Both must find the same rows,
 * with the same lines and fields, in the files clerks and auditors exchange. (This test sits in the
 * tool's package, on the server module's test class path, to reach the tool's reader.)
 */
class CsvAgreementTest {

  private static final String HEADER = "taxpayer,recipient,share_bp,made_on";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "taxpayer,recipient,share_bp,made_on\nt01,a,10000,2026-03-01\nt02,canton,5000,2026-03-02\n",
        "taxpayer,recipient,share_bp,made_on\r\nt01,a,10000,2026-03-01\r\n",
        "\uFEFFtaxpayer,recipient,share_bp,made_on\r\nt01,a,10000,2026-03-01",
        "taxpayer,recipient,share_bp,made_on\n\"t01\",\"a\",\"10000\",\"2026-03-01\"\n",
        "taxpayer,recipient,share_bp,made_on\n\"Doe, Jane\",a,10000,2026-03-01\n",
        "taxpayer,recipient,share_bp,made_on\n\"say \"\"hi\"\"\",a,1,2\n\n\nx,y,z,w\n",
        "taxpayer,recipient,share_bp,made_on\n\"two\r\nlines\",a,1,2\r\nnext,b,3,4\r\n",
        "taxpayer,recipient,share_bp,made_on\n\"lone\rcr\",a,1,2\rnext,b,3,4\r",
        "\"taxpayer\",\"recipient\",\"share_bp\",\"made_on\"\n t01 , a ,\"10000\" ,2026-03-01\n",
        "taxpayer,recipient,share_bp,made_on\n   \nt01,a,,\n,,,\n"
      })
  void bothReadersFindTheSameRows(String file) throws BadInput {
    List<String> cli = new ArrayList<>();
    for (Csv.Row row : Csv.parse(file, "D.csv", HEADER)) {
      String[] fields = new String[row.fields().length];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = row.get(i);
      }
      cli.add(row.line() + " " + Arrays.asList(fields));
    }
    List<Invalid.Violation> problems = new ArrayList<>();
    List<String> server =
        CsvTable.read(file, HEADER, problems).rows().stream()
            .map(r -> r.line() + " " + r.fields())
            .toList();

    assertEquals(List.of(), problems);
    assertEquals(cli, server);
  }
}
