package org.confederatio.rules.api.subsidiarity;

import java.util.Optional;
import java.util.Set;
import org.confederatio.rules.api.canton.CantonCode;
import org.confederatio.rules.api.canton.OrganizationId;

/**
 * A service or competence and the level that runs it: the confederation (with the cantons that
 * delegated it), a canton, or a commons organization. Every function but a confederal one belongs
 * to the register of a canton.
 */
public record PublicFunction(
    String id,
    String name,
    Level level,
    Optional<CantonCode> canton,
    Optional<OrganizationId> operator,
    Scope scope,
    boolean coercive,
    Set<CantonCode> delegatedBy) {

  public PublicFunction {
    delegatedBy = Set.copyOf(delegatedBy);
    if (level != Level.CONFEDERAL && canton.isEmpty()) {
      throw new IllegalArgumentException(
          "a cantonal or commons function names the canton whose register holds it");
    }
    if (level == Level.CONFEDERAL && canton.isPresent()) {
      throw new IllegalArgumentException("a confederal function belongs to no single canton");
    }
    if (level == Level.COMMONS && operator.isEmpty()) {
      throw new IllegalArgumentException("a commons function names the organization that runs it");
    }
    if (level != Level.CONFEDERAL && !delegatedBy.isEmpty()) {
      throw new IllegalArgumentException("only a confederal function is delegated by cantons");
    }
  }

  /** Run by a government (a canton or the confederation) rather than as commons. */
  public boolean governmental() {
    return level != Level.COMMONS;
  }
}
