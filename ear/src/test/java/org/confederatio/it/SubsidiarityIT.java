package org.confederatio.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.confederatio.access.Callers;
import org.confederatio.failure.Invalid;
import org.confederatio.rules.canton.CantonCode;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** In the server: justifications over time (S4), and the register's checks. */
@ExtendWith(ArquillianExtension.class)
class SubsidiarityIT {

  private static final CantonCode LAC = CantonCode.of("LAC");

  @Deployment
  static WebArchive deployment() {
    return InServer.archive("subsidiarity-it.war").addClasses(SubsidiarityIT.class, InServer.class);
  }

  @Inject private FunctionRegister register;
  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;
  @Inject private UserTransaction transaction;

  @PersistenceContext(unitName = "confederatio")
  private EntityManager em;

  private String confederalLocalFunction() {
    String id = "s-" + UUID.randomUUID().toString().substring(0, 8);
    register.register(
        callers.byUsername("admin"),
        LAC,
        new FunctionRegister.NewFunction(
            id,
            "Street lighting",
            null,
            "CONFEDERAL",
            "LOCAL",
            false,
            null,
            List.of("LAC", "MON", "RIV")));
    return id;
  }

  private String status(String finding) {
    return reviews.review(callers.byUsername("policy"), LAC).findings().stream()
        .filter(f -> f.id().equals(finding))
        .findFirst()
        .orElseThrow()
        .status()
        .name();
  }

  @Test
  void aJustificationThatExpiredLeavesTheFindingOpenAgain() throws Exception {
    String function = confederalLocalFunction();
    String finding = "LAC:" + function + ":SHOULD_BE_CANTONAL";
    reviews.justify(
        callers.byUsername("policy"), finding, "uniform regulation", LocalDate.now().plusDays(1));
    assertEquals("JUSTIFIED", status(finding));

    // the service only takes days to come; an expired one is what yesterday's justification becomes
    transaction.begin();
    em.createNativeQuery("UPDATE justification SET until_date = ? WHERE function_id = ?")
        .setParameter(1, Date.valueOf(LocalDate.now().minusDays(1)))
        .setParameter(2, function)
        .executeUpdate();
    transaction.commit();

    assertEquals("OPEN", status(finding));
  }

  @Test
  void aJustificationMustRunToADayToCome() {
    String finding = "LAC:" + confederalLocalFunction() + ":SHOULD_BE_CANTONAL";

    var refused =
        assertThrows(
            Invalid.class,
            () ->
                reviews.justify(callers.byUsername("policy"), finding, "because", LocalDate.now()));
    assertEquals("until", refused.violations().get(0).field());
    assertEquals("OPEN", status(finding));
  }
}
