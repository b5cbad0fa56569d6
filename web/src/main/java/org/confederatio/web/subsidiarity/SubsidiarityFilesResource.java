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
import org.confederatio.access.Callers;
import org.confederatio.canton.CantonRegistry;
import org.confederatio.organization.OrganizationRegistry;
import org.confederatio.subsidiarity.SubsidiarityReviews;
import org.confederatio.web.api.Params;
import org.confederatio.web.api.Roles;
import org.confederatio.web.language.Languages;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The review as files, for links in a page (a link cannot choose its Accept header); the PDF in the
 * page's language ({@code lang}), the CSV in English, as a contract file is.
 */
@Path("cantons/{canton}/subsidiarity-files")
@RequestScoped
@RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
public class SubsidiarityFilesResource {

  @Inject private SubsidiarityReviews reviews;
  @Inject private Callers callers;
  @Inject private CantonRegistry cantons;
  @Inject private OrganizationRegistry organizations;

  @GET
  @Path("review.csv")
  @Produces("text/csv")
  @Operation(summary = "The subsidiarity review as CSV")
  public Response csv(@PathParam("canton") String canton) {
    return SubsidiarityReviewResource.csv(reviews.review(callers.current(), Params.canton(canton)));
  }

  @GET
  @Path("review.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The subsidiarity review as PDF")
  public Response pdf(
      @PathParam("canton") String canton,
      @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    return SubsidiarityReviewResource.pdf(
        reviews.review(callers.current(), Params.canton(canton)),
        Languages.requested(lang, headers),
        cantons,
        organizations);
  }
}
