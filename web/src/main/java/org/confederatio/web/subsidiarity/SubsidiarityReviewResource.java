package org.confederatio.web.subsidiarity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.files.CsvExport;
import org.confederatio.report.PdfText;
import org.confederatio.subsidiarity.FunctionRegister;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A canton's subsidiarity review, as JSON, CSV or PDF by Accept. */
@Path("cantons/{canton}/subsidiarity-review")
@RequestScoped
public class SubsidiarityReviewResource {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;

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
  public Response pdf(@PathParam("canton") String canton) {
    return pdf(review(canton));
  }

  static Response pdf(SubsidiarityReviews.ReviewView review) {
    FindingTexts texts = FindingTexts.english();
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {
          "",
          "Canton "
              + review.canton()
              + ", reviewed on "
              + review.on()
              + " from "
              + review.functions()
              + " functions and "
              + review.candidacies()
              + " candidacies (viable from "
              + review.requiredPrinciples()
              + " principles)"
        });
    for (SubsidiarityReviews.FindingView f : review.findings()) {
      lines.add(
          new String[] {
            "B", f.rule() + " " + f.kind() + " " + f.status() + ": " + f.functionName()
          });
      lines.add(new String[] {"", "  " + texts.facts(f.facts())});
      lines.add(new String[] {"", "  To resolve: " + texts.resolution(f.facts())});
      if (f.justification() != null) {
        lines.add(
            new String[] {
              "", "  Justified until " + f.justifiedUntil() + ": " + f.justification()
            });
      }
    }
    review.compliant().forEach(f -> lines.add(new String[] {"", "S5 compliant: " + f.name()}));
    return Response.ok(PdfText.of("Subsidiarity review of " + review.canton(), lines))
        .header(
            "Content-Disposition",
            "attachment; filename=\"subsidiarity-" + review.canton() + ".pdf\"")
        .build();
  }
}
