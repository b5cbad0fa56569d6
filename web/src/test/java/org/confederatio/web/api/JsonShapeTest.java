package org.confederatio.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.annotation.JsonbProperty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confederatio.failure.Invalid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonShapeTest {

  record Share(String recipient, Integer basisPoints) {}

  record Form(List<Share> shares, String madeOn, Long version, Boolean coercive, int count) {}

  record Renamed(@JsonbProperty("new") String replacement) {}

  private static List<String> fields(String json) {
    return assertThrows(
            Invalid.class, () -> JsonShape.check(json.getBytes(StandardCharsets.UTF_8), Form.class))
        .violations()
        .stream()
        .map(Invalid.Violation::field)
        .toList();
  }

  @Test
  void aWellFormedBodyPasses() {
    JsonShape.check(
        """
        {"shares":[{"recipient":"canton","basisPoints":10000}],"madeOn":"2025-03-01",
         "version":null,"coercive":false,"count":-3}"""
            .getBytes(StandardCharsets.UTF_8),
        Form.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4294977296",
        "2147483648",
        "10000.5",
        "10000.0",
        "1e4",
        "\"10000\"",
        "true",
        "{}"
      })
  void aWholeNumberThatWouldChangeMeaningIsNamedByItsPath(String value) {
    assertEquals(
        List.of("shares[1].basisPoints"),
        fields(
            "{\"shares\":[{\"recipient\":\"a\",\"basisPoints\":1},{\"recipient\":\"b\",\"basisPoints\":"
                + value
                + "}]}"));
  }

  @Test
  void everyWrongValueIsNamed() {
    assertEquals(
        List.of("shares", "madeOn", "version", "coercive", "count", "extra", "version"),
        fields(
            """
            {"shares":{},"madeOn":5,"version":"12","coercive":"yes","count":null,"extra":1,
             "version":2}"""));
  }

  @Test
  void aFieldIsKnownByItsJsonNameNotItsJavaName() {
    JsonShape.check("{\"new\":\"x\"}".getBytes(StandardCharsets.UTF_8), Renamed.class);
    var refused =
        assertThrows(
            Invalid.class,
            () ->
                JsonShape.check(
                    "{\"replacement\":\"x\"}".getBytes(StandardCharsets.UTF_8), Renamed.class));
    assertEquals("replacement", refused.violations().get(0).field());
  }

  @Test
  void aListHoldsNoNull() {
    assertEquals(List.of("shares[1]"), fields("{\"shares\":[{},null]}"));
  }

  @Test
  void aBodyThatIsNotJsonOrNotAnObjectIsTheBodysProblem() {
    assertEquals(List.of("body"), fields("{\"shares\":"));
    assertEquals(List.of("body"), fields("[1]"));
    assertEquals(List.of("body"), fields("{} {}"));
  }
}
