package org.confederatio.audit;

import java.util.Optional;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.PersonId;

/**
 * Whose an audit entry is: the canton whose clerks and policy officers may read it, and the person
 * it concerns. A change of the confederation itself (an organization, an account, a body) has no
 * canton and is read by the administrator alone. Every call of {@link AuditTrail} says its scope,
 * so that no entry is filed under nobody by omission.
 */
public record AuditScope(Optional<CantonCode> canton, Optional<PersonId> person) {

  /** A change of the confederation: the administrator's only. */
  public static AuditScope confederal() {
    return new AuditScope(Optional.empty(), Optional.empty());
  }

  /** A change of the confederation that concerns a person (a citizen's login). */
  public static AuditScope confederal(PersonId person) {
    return new AuditScope(Optional.empty(), Optional.ofNullable(person));
  }

  /** A change of a canton's own affairs: its policy, its roll, its allocation runs. */
  public static AuditScope of(CantonCode canton) {
    return new AuditScope(Optional.of(canton), Optional.empty());
  }

  /**
   * A change or read of one person's data in a canton: their register record, assessment,
   * designation or affiliations.
   */
  public static AuditScope of(CantonCode canton, PersonId person) {
    return new AuditScope(Optional.of(canton), Optional.of(person));
  }
}
