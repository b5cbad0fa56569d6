package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.files.CsvExport;
import org.confederatio.report.PdfText;
import org.confederatio.sharing.Settlements;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One settlement: JSON, CSV or PDF by Accept; published by the administrator. A draft is not found
 * for anyone but the administrator and its members' clerks and policy officers (every role passes
 * the fence; the service decides).
 */
@Path("settlements/{id}")
@RequestScoped
public class SettlementsResource {

  @Inject private Settlements settlements;
  @Inject private Callers callers;

  @GET
  @Produces("application/json; qs=1")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "A settlement with each member's line (C6); CSV or PDF by Accept")
  public Settlements.View view(@PathParam("id") long id) {
    return settlements.view(callers.current(), id);
  }

  @GET
  @Produces("text/csv; qs=0.5")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  public Response csv(@PathParam("id") long id) {
    Settlements.View s = settlements.view(callers.current(), id);
    CsvExport out =
        new CsvExport(
            "canton,tax,residents,per_capita,contribution,received,net,"
                + "after_percent_of_mean,reached_target");
    s.lines()
        .forEach(
            l ->
                out.row(
                    l.canton(),
                    l.tax(),
                    l.residents(),
                    l.perCapita(),
                    l.contribution(),
                    l.received(),
                    l.net(),
                    l.afterPercentOfMean(),
                    l.reachedTarget()));
    return Response.ok(out.toString())
        .header("Content-Disposition", "attachment; filename=\"settlement-" + id + ".csv\"")
        .build();
  }

  @GET
  @Produces("application/pdf; qs=0.5")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  public Response pdf(@PathParam("id") long id) {
    Settlements.View s = settlements.view(callers.current(), id);
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"", "Body " + s.body() + ", fiscal year " + s.year() + ", " + s.state()});
    if (s.replacedBy() != null) {
      lines.add(
          new String[] {
            "B",
            "Superseded by settlement "
                + s.replacedBy().settlement()
                + " on "
                + s.replacedBy().at()
                + ": "
                + s.replacedBy().reason()
          });
    } else if (s.replaces() != null) {
      lines.add(
          new String[] {
            "",
            "In force; corrects settlement "
                + s.replaces().settlement()
                + ": "
                + s.replaces().reason()
          });
    }
    for (Settlements.RunSource r : s.runs()) {
      lines.add(
          new String[] {
            "",
            "From allocation run "
                + r.run()
                + " of "
                + r.canton()
                + ": "
                + r.amount()
                + (r.replaces() == null ? "" : ", correcting run " + r.replaces().run())
                + (r.inForce() ? "" : ", since superseded by run " + r.replacedBy().run())
          });
      lines.add(new String[] {"M", "  digest " + r.digest()});
    }
    lines.add(
        new String[] {
          "",
          "Contributions "
              + s.contributions()
              + " + from allocation runs "
              + s.fromAllocations()
              + " = pot "
              + s.pot()
        });
    for (Settlements.LineView l : s.lines()) {
      lines.add(
          new String[] {
            "B",
            l.canton()
                + ": contributes "
                + l.contribution()
                + ", receives "
                + l.received()
                + ", net "
                + l.net()
          });
      lines.add(
          new String[] {
            "",
            "  tax "
                + l.tax()
                + ", residents "
                + l.residents()
                + ", per capita "
                + l.perCapita()
                + ", after: "
                + l.afterPercentOfMean()
                + " % of the mean"
                + (l.reachedTarget() ? "" : " (below the target)")
          });
    }
    return Response.ok(PdfText.of("Confederatio: settlement " + id, lines))
        .header("Content-Disposition", "attachment; filename=\"settlement-" + id + ".pdf\"")
        .build();
  }

  @GET
  @Path("settlement.csv")
  @Produces("text/csv")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "The settlement as CSV, for a link")
  public Response csvFile(@PathParam("id") long id) {
    return csv(id);
  }

  @GET
  @Path("settlement.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "The settlement as PDF, for a link")
  public Response pdfFile(@PathParam("id") long id) {
    return pdf(id);
  }

  /**
   * A publication: a reason, required when it corrects the settlement in force (A12), and
   * optionally the settlement the administrator saw in force.
   */
  public record Publication(String reason, Long replaces) {}

  @POST
  @Path("publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "Publish a draft settlement (administrator); a published settlement never changes. The"
              + " first of a body's year is in force; another is a correction (A12) that needs a"
              + " 'reason' and supersedes the one in force")
  @APIResponse(responseCode = "400", description = "a correction without a reason")
  @APIResponse(
      responseCode = "409",
      description = "not a draft, or another settlement was published at the same moment")
  public Settlements.View publish(@PathParam("id") long id, Publication body) {
    Publication p = body == null ? new Publication(null, null) : body;
    return settlements.publish(callers.current(), id, p.reason(), p.replaces());
  }
}
