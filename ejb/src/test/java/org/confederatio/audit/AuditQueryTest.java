package org.confederatio.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit log's queries on the migrated schema in Derby. */
class AuditQueryTest {

  private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  private static final CantonCode LAC = CantonCode.of("LAC");
  private static final CantonCode MON = CantonCode.of("MON");

  private final TestDatabase db = new TestDatabase();
  private EntityManagerFactory emf;
  private EntityManager em;

  @BeforeEach
  void open() {
    Migrations.apply(db.dataSource, false);
    emf = db.entityManagerFactory();
    em = emf.createEntityManager();
    em.getTransaction().begin();
    // 23:59 on 24 November and 00:30 on 25 November in Zurich
    add(
        "2026-11-24T22:59:00Z",
        "clerk",
        "assess",
        "Assessment",
        AuditScope.of(LAC, PersonId.of("P-1")));
    add(
        "2026-11-24T23:30:00Z",
        "clerk",
        "read",
        "Designation",
        AuditScope.of(LAC, PersonId.of("P-1")));
    add(
        "2026-11-25T09:00:00Z",
        "clerk-montes",
        "read",
        "Designation",
        AuditScope.of(MON, PersonId.of("P-1")));
    add("2026-11-25T10:00:00Z", "policy", "schedule", "CantonPolicy", AuditScope.of(LAC));
    add("2026-11-25T11:00:00Z", "admin", "register", "Organization", AuditScope.confederal());
    em.getTransaction().commit();
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  private void add(String at, String actor, String action, String type, AuditScope scope) {
    em.persist(
        new AuditEntry(Instant.parse(at), actor, action, type, "id-" + at, scope, null, null));
  }

  private List<String> actions(AuditFilter filter, Optional<CantonCode> reader) {
    return new AuditQuery(filter, reader, ZURICH)
        .page(em, 0, 50).stream().map(AuditEntry::action).toList();
  }

  private static AuditFilter filter(String person, String from, String to) {
    return AuditFilter.parse(null, null, null, null, person, null, from, to);
  }

  @Test
  void aCantonsReaderNeitherSeesNorCountsAnotherCantonsOrTheConfederationsEntries() {
    var query = new AuditQuery(AuditFilter.none(), Optional.of(LAC), ZURICH);

    assertEquals(
        List.of("schedule", "read", "assess"),
        query.page(em, 0, 50).stream().map(AuditEntry::action).toList(),
        "newest first");
    assertEquals(3, query.count(em));
    assertEquals(5, new AuditQuery(AuditFilter.none(), Optional.empty(), ZURICH).count(em));
  }

  @Test
  void aPersonsEntriesAcrossCantonsForTheAdministratorAndInOneCantonForItsClerk() {
    assertEquals(
        List.of("read", "read", "assess"), actions(filter("P-1", null, null), Optional.empty()));
    assertEquals(List.of("read"), actions(filter("P-1", null, null), Optional.of(MON)));
  }

  @Test
  void daysBeginAndEndAtMidnightInTheConfederationsZone() {
    assertEquals(
        List.of("register", "schedule", "read", "read"),
        actions(filter(null, "2026-11-25", "2026-11-25"), Optional.empty()));
    assertEquals(List.of("assess"), actions(filter(null, null, "2026-11-24"), Optional.empty()));
  }

  @Test
  void eachFilterNarrowsTheResult() {
    assertEquals(
        List.of("read"),
        actions(
            AuditFilter.parse("clerk", null, "Designation", null, null, null, null, null),
            Optional.empty()));
    assertEquals(
        List.of("schedule"),
        actions(
            AuditFilter.parse(
                null, "schedule", null, "id-2026-11-25T10:00:00Z", null, "LAC", null, null),
            Optional.empty()));
  }

  @Test
  void entriesOfOneInstantAreWalkedWithoutLosingOrRepeatingAny() {
    em.getTransaction().begin();
    for (int i = 0; i < 5; i++) {
      add(
          "2026-11-26T08:00:00Z",
          "importer",
          "import",
          "Person",
          AuditScope.of(MON, PersonId.of("P-" + i)));
    }
    em.getTransaction().commit();
    var query =
        new AuditQuery(
            AuditFilter.parse("importer", null, null, null, null, null, null, null),
            Optional.empty(),
            ZURICH);
    var seen = new java.util.ArrayList<String>();
    List<AuditEntry> part = query.after(em, null, null, 2);
    while (!part.isEmpty()) {
      part.forEach(e -> seen.add(e.person()));
      AuditEntry last = part.get(part.size() - 1);
      part = query.after(em, last.recordedAt(), last.id(), 2);
    }

    assertEquals(5, seen.size());
    assertEquals(5, new java.util.HashSet<>(seen).size());
  }

  @Test
  void anExportWalksTheWholeResultAPartAtATime() {
    var query = new AuditQuery(AuditFilter.none(), Optional.empty(), ZURICH);
    var first = query.after(em, null, null, 2);
    var second = query.after(em, first.get(1).recordedAt(), first.get(1).id(), 2);
    var third = query.after(em, second.get(1).recordedAt(), second.get(1).id(), 2);

    assertEquals(List.of("register", "schedule"), first.stream().map(AuditEntry::action).toList());
    assertEquals(List.of("read", "read"), second.stream().map(AuditEntry::action).toList());
    assertEquals(List.of("assess"), third.stream().map(AuditEntry::action).toList());
  }
}
