package org.confederatio.web.designation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.confederatio.access.Callers;
import org.confederatio.designation.Assessment;
import org.confederatio.designation.DesignationCheck;
import org.confederatio.designation.DesignationRecord;
import org.confederatio.designation.Designations;
import org.confederatio.designation.TaxpayerLists;
import org.confederatio.residence.FiscalHome;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.rules.api.canton.PersonId;
import org.confederatio.time.FiscalCalendar;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A canton's taxpayers, for its clerks: search, files, assessments and designations from paper
 * forms.
 */
@Path("cantons/{canton}/taxpayers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CLERK)
public class CantonTaxpayersResource {

  @Inject private Designations designations;
  @Inject private TaxpayerLists lists;
  @Inject private Callers callers;
  @Inject private FiscalCalendar calendar;

  /** An assessment to record: the tax as a decimal amount, e.g. "1234.56". */
  public record NewAssessment(String tax) {}

  /**
   * A paper form: the shares, the day on the form, and the version it replaces (none for the
   * first).
   */
  public record PaperForm(List<DesignationCheck.ShareInput> shares, String madeOn, Long version) {}

  @GET
  @Operation(
      summary = "Assessed taxpayers of a year whose id starts with, or whose name contains, q")
  public TaxpayerLists.Page<TaxpayerLists.Found> search(
      @PathParam("canton") String canton,
      @QueryParam("year") FiscalYear year,
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return lists.search(
        callers.current(), Params.canton(canton), yearOrCurrent(year), q, page, size);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "A taxpayer's file for a year: assessment, every designation (newest first), which"
              + " counts, and affiliations; the read is audited")
  public Designations.TaxpayerFile file(
      @PathParam("canton") String canton,
      @PathParam("id") String id,
      @QueryParam("year") FiscalYear year) {
    return designations.taxpayer(
        callers.current(), Params.canton(canton), taxpayer(id), yearOrCurrent(year));
  }

  @PUT
  @Path("{id}/assessments/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record or correct a taxpayer's assessed tax for a year")
  public Assessment.Summary assess(
      @PathParam("canton") String canton,
      @PathParam("id") String id,
      @PathParam("year") FiscalYear year,
      NewAssessment body) {
    return designations.assess(
        callers.current(),
        Params.canton(canton),
        taxpayer(id),
        year,
        body == null ? null : body.tax());
  }

  @PUT
  @Path("{id}/designations/{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Enter a designation from a paper form (madeOn is the form's date); a correction quotes"
              + " the version it replaces and keeps the history")
  public DesignationRecord.Summary designate(
      @PathParam("canton") String canton,
      @PathParam("id") String id,
      @PathParam("year") FiscalYear year,
      PaperForm body) {
    PaperForm form = body == null ? new PaperForm(null, null, null) : body;
    return designations.designateFor(
        callers.current(),
        Params.canton(canton),
        taxpayer(id),
        year,
        new Designations.PaperForm(
            form.shares(), Params.date("madeOn", form.madeOn()), form.version()));
  }

  private FiscalYear yearOrCurrent(FiscalYear year) {
    return year == null ? FiscalYear.of(calendar.currentYear()) : year;
  }

  /**
   * A taxpayer's id in the address: one no register could give is as unknown as any other id nobody
   * has.
   */
  static PersonId taxpayer(String id) {
    try {
      return PersonId.of(id);
    } catch (IllegalArgumentException e) {
      throw FiscalHome.notFound(id);
    }
  }
}
