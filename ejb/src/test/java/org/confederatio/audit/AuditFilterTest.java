package org.confederatio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.api.canton.CantonCode;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

  private static List<String> refused(
      String actor,
      String action,
      String type,
      String id,
      String person,
      String canton,
      String from,
      String to) {
    return assertThrows(
            Invalid.class,
            () -> AuditFilter.parse(actor, action, type, id, person, canton, from, to))
        .violations()
        .stream()
        .map(Invalid.Violation::field)
        .toList();
  }

  @Test
  void emptyParametersAskForNothing() {
    assertEquals(AuditFilter.none(), AuditFilter.parse("", null, "", null, "", "", "", null));
  }

  @Test
  void wellFormedValuesAreKeptAsGiven() {
    var f =
        AuditFilter.parse(
            "clerk-montes",
            "move-in",
            "Person",
            "LAC/2025/P-0001",
            "P-0001",
            "LAC",
            "2026-01-01",
            "2026-01-31");

    assertEquals(Optional.of("clerk-montes"), f.actor());
    assertEquals(Optional.of("LAC/2025/P-0001"), f.entityId());
    assertEquals(Optional.of(CantonCode.of("LAC")), f.canton());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 31)), f.to());
  }

  @Test
  void everyMalformedOrOverlongParameterIsNamedAtOnce() {
    String long5000 = "a".repeat(5000);
    assertEquals(
        List.of("actor", "action", "entityType", "entityId", "person", "canton", "from", "to"),
        refused(
            long5000,
            "Move In",
            "Per son",
            "x".repeat(129),
            "P 1",
            "lac",
            "2026-02-30",
            "25.11.2026"));
  }

  @Test
  void datesAreStrictAndInOrder() {
    assertEquals(List.of("from"), refused(null, null, null, null, null, null, "+2026-01-01", null));
    assertEquals(List.of("from"), refused(null, null, null, null, null, null, "0001-01-01", null));
    assertEquals(
        List.of("to"), refused(null, null, null, null, null, null, "2026-03-01", "2026-02-28"));
    assertEquals(List.of("to"), refused(null, null, null, null, null, null, null, "٢٠٢٦-٠١-٠١"));
  }

  @Test
  void pagingIsStrict() {
    assertEquals(new AuditLog.Paging(0, AuditLog.DEFAULT_SIZE), AuditLog.Paging.parse(null, ""));
    assertEquals(new AuditLog.Paging(3, 20), AuditLog.Paging.parse("3", "20"));
    for (String[] bad :
        new String[][] {{"-1", "20"}, {"1e3", "20"}, {"0", "201"}, {"0", "0"}, {"0", "2.5"}}) {
      var e = assertThrows(Invalid.class, () -> AuditLog.Paging.parse(bad[0], bad[1]));
      assertTrue(
          e.violations().stream()
              .allMatch(v -> v.field().equals(bad[0].equals("0") ? "size" : "page")),
          e.getMessage());
    }
    var overflow = assertThrows(Invalid.class, () -> AuditLog.Paging.parse("999999999", "200"));
    assertEquals("page", overflow.violations().get(0).field());
    assertThrows(Invalid.class, () -> AuditLog.Paging.parse("4294967296", "20"));
  }
}
