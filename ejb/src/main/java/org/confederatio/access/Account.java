package org.confederatio.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;
import org.confederatio.rules.api.canton.PersonId;

/**
 * A login. Only a PBKDF2 hash of the password is stored. A clerk or policy officer is bound to one
 * canton and a foundation to one organization; the database refuses any other combination.
 */
@Entity
@Table(name = "account")
public class Account {

  @Id private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Convert(converter = RoleConverter.class)
  @Column(nullable = false)
  private Role role;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "canton_code")
  private String cantonCode;

  @Column(name = "organization_id")
  private String organizationId;

  @Column(name = "person_id")
  private String personId;

  protected Account() {}

  public Account(
      String username,
      String passwordHash,
      Role role,
      String displayName,
      CantonCode canton,
      OrganizationId organization) {
    if (role.boundToCanton() != (canton != null)) {
      throw new IllegalArgumentException(
          role + " accounts are bound to a canton exactly when clerk or policy");
    }
    if (role.boundToOrganization() != (organization != null)) {
      throw new IllegalArgumentException(
          role + " accounts are bound to an organization exactly when foundation");
    }
    this.username = username;
    this.passwordHash = passwordHash;
    this.role = role;
    this.displayName = displayName;
    this.cantonCode = canton == null ? null : canton.value();
    this.organizationId = organization == null ? null : organization.value();
  }

  public String username() {
    return username;
  }

  /** The stored PBKDF2 hash, for {@link Passwords} only: it never leaves the package. */
  String passwordHash() {
    return passwordHash;
  }

  /**
   * Replaces the password by the hash of a new one; the caller checked the old one and the rule.
   */
  void changePassword(String newPasswordHash) {
    this.passwordHash = newPasswordHash;
  }

  public Role role() {
    return role;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<CantonCode> canton() {
    return Optional.ofNullable(cantonCode).map(CantonCode::new);
  }

  public Optional<OrganizationId> organization() {
    return Optional.ofNullable(organizationId).map(OrganizationId::new);
  }

  /** What the audit log and the API show of an account: never the password hash. */
  public Summary summary() {
    return new Summary(
        username, role.groupName(), displayName, cantonCode, organizationId, personId);
  }

  /** An account without its secret. */
  public record Summary(
      String username,
      String role,
      String displayName,
      String canton,
      String organization,
      String person) {}

  /** Binds a citizen's login to their person in the register. */
  public void bindPerson(PersonId person) {
    if (role != Role.CITIZEN) {
      throw new IllegalArgumentException("only a citizen's account is bound to a person");
    }
    this.personId = person.value();
  }

  public Optional<String> person() {
    return Optional.ofNullable(personId);
  }

  public Caller asCaller() {
    return new Caller(username, role, displayName, canton(), organization(), person());
  }
}
