package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.confederatio.access.Callers;
import org.confederatio.importing.ImportJobs;
import org.confederatio.residence.Person;
import org.confederatio.residence.RegisterImport;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Registering people in a canton's register. */
@Path("cantons/{canton}/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CantonPeopleResource {

  @Inject private ResidenceRegister register;
  @Inject private RegisterImport registerImport;
  @Inject private ImportJobs jobs;
  @Inject private Callers callers;

  /** A person to register in the clerk's canton. */
  public record NewPerson(
      String id,
      String name,
      String born,
      String residentSince,
      String nationality,
      String placeOfOrigin) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Register a person living in the clerk's canton since a date")
  @APIResponse(responseCode = "201", description = "registered")
  @APIResponse(responseCode = "409", description = "the id is taken")
  public Response register(
      @PathParam("canton") CantonCode code, NewPerson body, @Context UriInfo uri) {
    NewPerson p = body == null ? new NewPerson(null, null, null, null, null, null) : body;
    Person.Summary created =
        register.register(
            callers.current(),
            code,
            new ResidenceRegister.NewPerson(
                p.id(),
                p.name(),
                optionalDate("born", p.born()),
                optionalDate("residentSince", p.residentSince()),
                p.nationality(),
                p.placeOfOrigin()));
    return Response.created(uri.getBaseUriBuilder().path("people").path(created.id()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("import")
  @Consumes("text/csv")
  @RolesAllowed(Roles.CLERK)
  @Operation(
      summary =
          "Import a residence register as CSV (header: "
              + RegisterImport.HEADER
              + "); "
              + "every bad row is reported by line and column and nothing is imported; a second import adds nothing")
  public RegisterImport.Result importRegister(@PathParam("canton") CantonCode code, String csv) {
    var caller = callers.current();
    return jobs.run(
        caller, ImportJobs.REGISTER, progress -> registerImport.run(caller, code, csv, progress));
  }

  private static LocalDate optionalDate(String field, String value) {
    return value == null ? null : Dates.parse(field, value);
  }
}
