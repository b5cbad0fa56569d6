package org.confederatio.web.roll;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Optional;
import org.confederatio.access.Callers;
import org.confederatio.failure.Violations;
import org.confederatio.residence.Person;
import org.confederatio.residence.ResidenceRegister;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.web.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The residence register: people, their moves and deaths (R1). */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject private ResidenceRegister register;
  @Inject private Callers callers;

  /**
   * A move on {@code date}: into {@code canton}, or abroad when it is null. An arrival quotes the
   * person's date of birth ({@code born}) from their papers.
   */
  public record Move(String canton, String date, String born) {}

  /** A date of death. */
  public record Death(String date) {}

  /** A correction of the recorded nationality. */
  public record Correction(String nationality) {}

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CLERK, Roles.ADMIN, Roles.CITIZEN})
  @Operation(
      summary =
          "A person and their residences (clerks of a canton they lived in, admins, themselves)")
  public Person.Summary person(@PathParam("id") String id) {
    return register.find(callers.current(), PersonAddress.of(id));
  }

  @POST
  @Path("{id}/moves")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(
      summary =
          "Record a move on a date into a canton, or abroad (canton null); an arrival quotes the person's"
              + " date of birth; refused if it would overlap (R1)")
  @APIResponse(
      responseCode = "409",
      description = "the move overlaps a recorded residence, which the problem names")
  public Person.Summary move(@PathParam("id") String id, Move body) {
    Move move = body == null ? new Move(null, null, null) : body;
    Optional<CantonCode> canton =
        move.canton() == null || move.canton().isBlank()
            ? Optional.empty()
            : Optional.of(Violations.parseOrRefuse("canton", () -> CantonCode.of(move.canton())));
    return register.move(
        callers.current(),
        PersonAddress.of(id),
        canton,
        dateIfAny(move.date()),
        Optional.ofNullable(dateIfAny(move.born(), "born")));
  }

  @POST
  @Path("{id}/death")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Record a death")
  public Person.Summary death(@PathParam("id") String id, Death body) {
    return register.death(
        callers.current(), PersonAddress.of(id), dateIfAny(body == null ? null : body.date()));
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CLERK)
  @Operation(summary = "Correct the recorded nationality (no roll reads it: R3)")
  public Person.Summary correct(@PathParam("id") String id, Correction body) {
    return register.changeNationality(
        callers.current(), PersonAddress.of(id), body == null ? null : body.nationality());
  }

  /**
   * The date if one was sent. A missing one is the register's to refuse, after it has checked whose
   * person this is, so that a stranger's call answers 404 like one for an unknown person.
   */
  private static LocalDate dateIfAny(String date) {
    return dateIfAny(date, "date");
  }

  private static LocalDate dateIfAny(String date, String field) {
    return date == null ? null : Dates.parse(field, date);
  }
}
