package org.confederatio.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.OrganizationKind;

/** A transnational organization that may receive designations where it is accredited. */
@Entity
@Table(name = "organization")
public class Organization {

  /** Whether an organization may currently be chosen. */
  public enum Status {
    ACTIVE,
    SUSPENDED
  }

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganizationKind kind;

  private String description;

  private String website;

  @Column(name = "payout_reference")
  private String payoutReference;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected Organization() {}

  Organization(OrganizationId id, Details details) {
    this.id = id.value();
    this.status = Status.ACTIVE;
    edit(details);
  }

  /** Replaces the organization's details (its id and kind of registration stay). */
  void edit(Details details) {
    this.name = details.name();
    this.kind = details.kind();
    this.description = details.description();
    this.website = details.website();
    this.payoutReference = details.payoutReference();
  }

  void suspend() {
    status = Status.SUSPENDED;
  }

  void reinstate() {
    status = Status.ACTIVE;
  }

  public boolean active() {
    return status == Status.ACTIVE;
  }

  /** What the administrator sees, payout reference included. */
  public Details details() {
    return new Details(name, kind, description, website, payoutReference);
  }

  /** An organization's editable details, as the administrator enters them. */
  public record Details(
      String name,
      OrganizationKind kind,
      String description,
      String website,
      String payoutReference) {}

  public OrganizationId id() {
    return new OrganizationId(id);
  }

  public Summary summary() {
    return new Summary(id, name, kind, description, website, status);
  }

  /** What anyone signed in may see of an organization (the payout reference is left out). */
  public record Summary(
      String id,
      String name,
      OrganizationKind kind,
      String description,
      String website,
      Status status)
      implements Serializable {}
}
