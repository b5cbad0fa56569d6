package org.confederatio.subsidiarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.subsidiarity.DesignPrinciple;
import org.confederatio.rules.api.subsidiarity.FindingKind;
import org.confederatio.rules.api.subsidiarity.Level;
import org.confederatio.rules.api.subsidiarity.PublicFunction;
import org.confederatio.rules.api.subsidiarity.Review;
import org.confederatio.rules.api.subsidiarity.Scope;
import org.confederatio.schema.Migrations;
import org.confederatio.schema.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The subsidiarity entities and their queries on the migrated schema with its demo register. */
class SubsidiarityEntitiesTest {

  private static final CantonCode LAC = CantonCode.of("LAC");
  private static final Instant AT = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  private final TestDatabase db = new TestDatabase();
  private EntityManagerFactory emf;
  private EntityManager em;

  @BeforeEach
  void open() {
    Migrations.apply(db.dataSource, true);
    emf = db.entityManagerFactory();
    em = emf.createEntityManager();
  }

  @AfterEach
  void close() {
    em.close();
    emf.close();
  }

  private List<RegisteredFunction> registerOf(CantonCode canton) {
    return em.createNamedQuery(RegisteredFunction.REGISTER_OF, RegisteredFunction.class)
        .setParameter("canton", canton)
        .getResultList();
  }

  private List<CommonsCandidacy> candidacies() {
    return em.createNamedQuery(CommonsCandidacy.ALL, CommonsCandidacy.class).getResultList();
  }

  @Test
  void theDemoRegisterReadsBackWithItsDelegationsAndCandidacies() {
    List<RegisteredFunction> register = registerOf(LAC);

    List<String> ids = register.stream().map(RegisteredFunction::id).toList();
    assertEquals(ids.stream().sorted().distinct().toList(), ids, "by id, each once");
    assertTrue(ids.containsAll(List.of("lac-libraries", "conf-post", "conf-solidarity-levy")));
    assertTrue(ids.stream().noneMatch(id -> id.startsWith("mon-")), ids.toString());
    RegisteredFunction levy =
        register.stream().filter(f -> f.id().equals("conf-solidarity-levy")).findFirst().get();
    assertEquals(
        List.of("MON", "RIV"), levy.delegatedBy().stream().map(CantonCode::value).toList());

    var review =
        Review.of(
            LAC,
            register.stream().map(RegisteredFunction::toRules).toList(),
            candidacies().stream().map(CommonsCandidacy::toRules).toList(),
            List.of(),
            8,
            LocalDate.now());
    assertTrue(
        review.findings().stream()
            .anyMatch(
                f ->
                    f.function().equals("lac-libraries")
                        && f.kind() == FindingKind.COMMONS_CAPABLE),
        review.toString());
    assertTrue(
        review.findings().stream()
            .anyMatch(
                f ->
                    f.function().equals("conf-solidarity-levy")
                        && f.kind() == FindingKind.NOT_DELEGATED),
        review.toString());
  }

  @Test
  void aFunctionIsRegisteredWithItsDelegations() {
    em.getTransaction().begin();
    em.persist(
        new RegisteredFunction(
            new PublicFunction(
                "conf-trams",
                "Trams",
                Level.CONFEDERAL,
                Optional.empty(),
                Optional.empty(),
                Scope.LOCAL,
                false,
                Set.of(LAC, CantonCode.of("MON"))),
            null,
            AT,
            "admin"));
    em.getTransaction().commit();
    em.clear();

    var trams = em.find(RegisteredFunction.class, "conf-trams").summary();
    assertEquals(List.of("LAC", "MON"), trams.delegatedBy());
    assertEquals(Level.CONFEDERAL, trams.level());
    assertEquals(null, trams.canton());
  }

  @Test
  void aCandidacyIsAssessedThenReviewedPrincipleByPrinciple() {
    em.getTransaction().begin();
    var candidacy =
        new CommonsCandidacy("lac-waste", OrganizationId.of("open-scholars"), AT, "foundation");
    em.persist(candidacy);
    em.flush();
    for (DesignPrinciple p : DesignPrinciple.values()) {
      em.persist(candidacy.assess(p, true, "Our statutes"));
    }
    em.getTransaction().commit();
    long id = candidacy.id();
    em.clear();

    em.getTransaction().begin();
    var read = em.find(CommonsCandidacy.class, id);
    assertEquals(0, read.view().counted());
    read.review(DesignPrinciple.NESTED_ENTERPRISES, true, "fine", "policy", AT);
    read.review(DesignPrinciple.GRADUATED_SANCTIONS, false, null, "policy", AT);
    em.getTransaction().commit();
    em.clear();

    var again =
        candidacies().stream().filter(c -> c.id() == id).findFirst().orElseThrow().toRules();
    assertEquals(EnumSet.of(DesignPrinciple.NESTED_ENTERPRISES), again.met());
    assertEquals(
        1,
        em.createNamedQuery(CommonsCandidacy.OF_ORGANIZATION, CommonsCandidacy.class)
            .setParameter("function", "lac-waste")
            .setParameter("organization", OrganizationId.of("open-scholars"))
            .getResultList()
            .size());
    var view = em.find(CommonsCandidacy.class, id).view();
    assertEquals(8, view.principles().size());
    assertEquals(DesignPrinciple.CLEARLY_DEFINED_BOUNDARIES, view.principles().get(0).principle());
  }

  @Test
  void justificationsDaysAndSeenFindingsRoundTrip() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    em.getTransaction().begin();
    em.persist(
        new FindingJustification(
            LAC,
            "conf-school-inspection",
            FindingKind.SHOULD_BE_CANTONAL,
            "uniform",
            today.plusDays(3),
            AT,
            "policy"));
    em.persist(new ReviewDay(LAC, new ReviewTrend.Day(today, 3, 1, 0, 4)));
    em.persist(new SeenFinding(LAC, "LAC:lac-libraries:COMMONS_CAPABLE", today));
    em.getTransaction().commit();
    em.clear();

    var justifications =
        em.createNamedQuery(FindingJustification.OF_CANTON, FindingJustification.class)
            .setParameter("canton", LAC)
            .getResultList();
    assertEquals(1, justifications.size());
    assertEquals(today.plusDays(3), justifications.get(0).toRules().until());
    assertEquals(AT, justifications.get(0).toRules().recordedAt());

    em.getTransaction().begin();
    ReviewDay.Key key = new ReviewDay.Key();
    key.canton = "LAC";
    key.reviewDate = today;
    em.find(ReviewDay.class, key).count(new ReviewTrend.Day(today, 2, 2, 1, 4));
    em.createNamedQuery(SeenFinding.OF_CANTON, SeenFinding.class)
        .setParameter("canton", "LAC")
        .getResultList()
        .forEach(f -> f.seenAgain(today.plusDays(1)));
    em.getTransaction().commit();
    em.clear();

    assertEquals(
        List.of(new ReviewTrend.Day(today, 2, 2, 1, 4)),
        em
            .createNamedQuery(ReviewDay.OF_CANTON, ReviewDay.class)
            .setParameter("canton", "LAC")
            .getResultList()
            .stream()
            .map(ReviewDay::day)
            .toList());
  }
}
