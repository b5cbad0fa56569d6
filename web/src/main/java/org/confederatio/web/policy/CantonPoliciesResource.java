package org.confederatio.web.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.allocation.WhatIf;
import org.confederatio.failure.Invalid;
import org.confederatio.policy.CantonPolicies;
import org.confederatio.policy.CantonPolicyVersion;
import org.confederatio.policy.PolicyDraft;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.FiscalYear;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A canton's dated policy. Its versions are the canton's published decisions, readable by anyone
 * signed in; only a policy officer of the canton schedules or changes one, for a future year.
 */
@Path("cantons/{canton}/policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonPoliciesResource {

  @Inject private CantonPolicies policies;
  @Inject private WhatIf whatIf;
  @Inject private Callers callers;

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(
      summary =
          "Every version of the canton's policy, newest first, with its decision and standing")
  public List<CantonPolicyVersion.Summary> history(@PathParam("canton") CantonCode canton) {
    return policies.history(canton);
  }

  @GET
  @Path("{validFrom}")
  @RolesAllowed({Roles.ADMIN, Roles.CLERK, Roles.POLICY, Roles.CITIZEN, Roles.FOUNDATION})
  @Operation(summary = "One version; its ETag is the version a change must quote in If-Match")
  public Response version(
      @PathParam("canton") CantonCode canton, @PathParam("validFrom") FiscalYear validFrom) {
    CantonPolicyVersion.Summary version = policies.version(canton, validFrom);
    return Response.ok(version).tag(new EntityTag(Long.toString(version.version()))).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY)
  @Operation(
      summary = "Schedule a new version from a future fiscal year, with the decision it comes from")
  @APIResponse(responseCode = "201", description = "scheduled")
  @APIResponse(responseCode = "400", description = "a field is wrong; each is named")
  @APIResponse(responseCode = "409", description = "the year has a version already")
  public Response schedule(
      @PathParam("canton") CantonCode canton, PolicyDraft draft, @Context UriInfo uri) {
    CantonPolicyVersion.Summary created = policies.schedule(callers.current(), canton, draft);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Integer.toString(created.validFrom())).build())
        .tag(new EntityTag(Long.toString(created.version())))
        .entity(created)
        .build();
  }

  @PUT
  @Path("{validFrom}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY)
  @Operation(
      summary = "Change a scheduled version; If-Match must quote the version you read (its ETag)")
  @APIResponse(
      responseCode = "409",
      description = "in force already, or someone saved it since you read it")
  public Response change(
      @PathParam("canton") CantonCode canton,
      @PathParam("validFrom") FiscalYear validFrom,
      @HeaderParam("If-Match") String ifMatch,
      PolicyDraft draft) {
    CantonPolicyVersion.Summary changed =
        policies.change(callers.current(), canton, validFrom, draft, version(ifMatch));
    return Response.ok(changed).tag(new EntityTag(Long.toString(changed.version()))).build();
  }

  @POST
  @Path("what-if")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.POLICY)
  @Operation(
      summary =
          "Allocate a year's taxpayers under a draft policy beside the policy in force, line by line"
              + " (year defaults to the current one); nothing is stored")
  public WhatIf.Result whatIf(
      @PathParam("canton") CantonCode canton,
      @QueryParam("year") FiscalYear year,
      PolicyDraft draft) {
    return whatIf.compare(callers.current(), canton, Optional.ofNullable(year), draft);
  }

  private static Long version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new Invalid(
          "If-Match",
          "is required: the ETag of the version you read, so that nobody's change is lost");
    }
    try {
      return Long.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
    } catch (NumberFormatException e) {
      throw new Invalid("If-Match", "must be the ETag of the version you read, not " + ifMatch);
    }
  }
}
