package org.confederatio.web.allocation;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.failure.Refusal;
import org.confederatio.report.FoundationReports;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Roles;
import org.confederatio.web.language.Languages;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A foundation's allocation report, as JSON, CSV or PDF by {@code Accept} (or by the file names
 * {@code reports.csv} and {@code reports.pdf}, for links in a page). Its own organization only.
 */
@Path("foundations/{organization}")
@RequestScoped
@RolesAllowed({Roles.FOUNDATION, Roles.ADMIN})
public class FoundationReportsResource {

  @Inject private FoundationReports reports;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;
  @Inject private CantonRegistry cantons;

  @Inject
  @ConfigProperty(name = "confederatio.currency", defaultValue = "CHF")
  private String currency;

  @Context private UriInfo uri;
  @Context private HttpHeaders headers;

  private FoundationReports.Report report(OrganizationId organization, FiscalYear year) {
    return reports.report(callers.current(), organization, Optional.ofNullable(year));
  }

  @GET
  @Path("reports")
  @Produces("application/json; qs=1")
  @Operation(
      summary =
          "Every published line for the organization across cantons and years (counts below 5 hidden);"
              + " CSV with Accept: text/csv, PDF with Accept: application/pdf")
  public FoundationReports.Report json(
      @PathParam("organization") OrganizationId organization, @QueryParam("year") FiscalYear year) {
    return report(organization, year);
  }

  @GET
  @Path("reports")
  @Produces("text/csv; qs=0.5")
  public Response csv(
      @PathParam("organization") OrganizationId organization, @QueryParam("year") FiscalYear year) {
    return Response.ok(FoundationReports.csv(report(organization, year)))
        .header("Content-Disposition", "attachment; filename=\"" + organization + "-report.csv\"")
        .build();
  }

  @GET
  @Path("reports")
  @Produces("application/pdf; qs=0.5")
  public Response pdf(
      @PathParam("organization") OrganizationId organization,
      @QueryParam("year") FiscalYear year,
      @QueryParam("lang") String lang) {
    FoundationReportPdf document =
        new FoundationReportPdf(
            Languages.requested(lang, headers),
            currency,
            calendar.zone(),
            digest -> uri.getBaseUriBuilder().path("verify").path(digest).build(),
            this::cantonName);
    return Response.ok(document.of(report(organization, year), calendar.today()))
        .header("Content-Disposition", "attachment; filename=\"" + organization + "-report.pdf\"")
        .build();
  }

  @GET
  @Path("reports.csv")
  @Produces("text/csv")
  @Operation(summary = "The report as CSV")
  public Response csvFile(
      @PathParam("organization") OrganizationId organization, @QueryParam("year") FiscalYear year) {
    return csv(organization, year);
  }

  @GET
  @Path("reports.pdf")
  @Produces("application/pdf")
  @Operation(
      summary =
          "The report as PDF, with the period and each run's digest; in the language lang"
              + " (en, es, eo) or else of Accept-Language")
  public Response pdfFile(
      @PathParam("organization") OrganizationId organization,
      @QueryParam("year") FiscalYear year,
      @QueryParam("lang") String lang) {
    return pdf(organization, year, lang);
  }

  private String cantonName(String code) {
    try {
      return cantons.find(new CantonCode(code)).name();
    } catch (Refusal | IllegalArgumentException unknown) {
      return code;
    }
  }
}
