package org.confederatio.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

/** One settlement: JSON, CSV or PDF by Accept; published by the administrator. */
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
    return settlements.view(id);
  }

  @GET
  @Produces("text/csv; qs=0.5")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  public Response csv(@PathParam("id") long id) {
    Settlements.View s = settlements.view(id);
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
    Settlements.View s = settlements.view(id);
    List<String[]> lines = new ArrayList<>();
    lines.add(
        new String[] {"", "Body " + s.body() + ", fiscal year " + s.year() + ", " + s.state()});
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

  @POST
  @Path("publish")
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Publish a draft settlement; a published settlement never changes")
  public Settlements.View publish(@PathParam("id") long id) {
    return settlements.publish(callers.current(), id);
  }
}
