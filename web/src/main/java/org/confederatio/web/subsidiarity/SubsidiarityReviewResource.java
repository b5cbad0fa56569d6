package org.confederatio.web.subsidiarity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.NotFound;
import org.confederatio.files.CsvExport;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.confederatio.web.language.Languages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's subsidiarity review, as JSON, CSV or PDF by Accept. */
@Path("cantons/{canton}/subsidiarity-review")
@RequestScoped
public class SubsidiarityReviewResource {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;
  @Inject private CantonRegistry cantons;
  @Inject private OrganizationRegistry organizations;

  private SubsidiarityReviews.ReviewView review(String canton) {
    return reviews.review(callers.current(), Params.canton(canton));
  }

  @GET
  @Produces("application/json; qs=1")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "The findings of S1-S3 over the canton's register (S4 justified ones marked) and every"
              + " compliant function (S5); CSV with Accept: text/csv, PDF with Accept: application/pdf")
  public ReviewAnswer json(@PathParam("canton") String canton) {
    return ReviewAnswer.of(review(canton), FindingTexts.english());
  }

  @GET
  @Produces("text/csv; qs=0.5")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  public Response csv(@PathParam("canton") String canton) {
    return csv(review(canton));
  }

  static Response csv(SubsidiarityReviews.ReviewView review) {
    return Response.ok(csvOf(review))
        .header(
            "Content-Disposition",
            "attachment; filename=\"subsidiarity-" + review.canton() + ".csv\"")
        .build();
  }

  /**
   * The review as CSV, with the day and the register's size it was computed from. Its texts are
   * people's (facts, justifications): the export writes them as text, never as formulas.
   */
  static String csvOf(SubsidiarityReviews.ReviewView review) {
    FindingTexts texts = FindingTexts.english();
    CsvExport out =
        new CsvExport(
            "subsidiarity review of "
                + review.canton()
                + " on "
                + review.on()
                + " from "
                + review.functions()
                + " functions and "
                + review.candidacies()
                + " candidacies",
            "finding,rule,function,status,facts,resolution,justification,until");
    for (SubsidiarityReviews.FindingView f : review.findings()) {
      out.row(
          f.id(),
          f.rule(),
          f.function(),
          f.status(),
          texts.facts(f.facts()),
          texts.resolution(f.facts()),
          f.justification(),
          f.justifiedUntil());
    }
    for (FunctionRegister.Summary f : review.compliant()) {
      out.row(null, "S5", f.id(), "COMPLIANT", null, null, null, null);
    }
    return out.toString();
  }

  @GET
  @Produces("application/pdf; qs=0.5")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  public Response pdf(
      @PathParam("canton") String canton,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    return pdf(review(canton), Languages.requested(lang, headers), cantons, organizations);
  }

  static Response pdf(
      SubsidiarityReviews.ReviewView review,
      Locale locale,
      CantonRegistry cantons,
      OrganizationRegistry organizations) {
    FindingTexts texts =
        FindingTexts.of(
            locale,
            id -> {
              try {
                return organizations.find(id).name();
              } catch (NotFound gone) {
                return id.value();
              }
            });
    String cantonName = cantons.find(CantonCode.of(review.canton())).name();
    byte[] pdf = SubsidiarityPdf.of(review, cantonName, FindingTexts.bundle(locale), locale, texts);
    return Response.ok(pdf)
        .header(
            "Content-Disposition",
            "attachment; filename=\"subsidiarity-" + review.canton() + ".pdf\"")
        .build();
  }
}
